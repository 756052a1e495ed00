package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Bulletin;
import com.payorcontracts.payor.domain.BulletinImpact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A bulletin as the API shows it; {@code payorName} is filled in lists across payors. */
public record BulletinResponse(UUID id, UUID payorId, @Schema(nullable = true) String payorName, String title,
                               String summary, @Schema(nullable = true) LocalDate publishedOn,
                               LocalDate effectiveDate, List<String> affectedCodes, List<BulletinImpact> impacts,
                               @Schema(nullable = true) String sourceUrl, long version) {

    static BulletinResponse of(Bulletin b) {
        return of(b, null);
    }

    static BulletinResponse of(Bulletin b, String payorName) {
        return new BulletinResponse(b.id, b.payorId, payorName, b.title, b.summary, b.publishedOn, b.effectiveDate,
                List.of(b.affectedCodes), Arrays.stream(b.impacts).map(BulletinImpact::valueOf).toList(), b.sourceUrl,
                b.rowVersion);
    }
}
