package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Payor;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** What a CSV import created: one entry per row, with the line it came from. */
public record ImportResponse(int imported, List<ImportedPayor> payors) {

    /** A created payor and its line in the file. */
    public record ImportedPayor(int line, UUID id, String name) {
    }

    static ImportResponse of(List<PayorCsv.Line> lines, List<Payor> created) {
        return new ImportResponse(created.size(), IntStream.range(0, created.size())
                .mapToObj(i -> new ImportedPayor(lines.get(i).line(), created.get(i).id, created.get(i).name)).toList());
    }
}
