package com.payorcontracts.analytics.domain;

import com.payorcontracts.analytics.domain.ClaimAmendment.Action;
import com.payorcontracts.analytics.domain.ClaimAmendment.SameAs;
import com.payorcontracts.analytics.domain.ClaimAmendment.Stored;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimAmendmentTest {

    @ParameterizedTest(name = "code {0} where {1}, same as {2}: {3}")
    @CsvSource({
        // nothing stored: only an original creates; a 7 or 8 names a claim never sent
        "1, NONE,    NONE,    CREATE",
        "7, NONE,    NONE,    UNKNOWN_CLAIM",
        "8, NONE,    NONE,    UNKNOWN_CLAIM",
        // an original under a key in force: a resend of the current or the first version is a duplicate
        "1, ACTIVE,  CURRENT, DUPLICATE",
        "1, ACTIVE,  FIRST,   DUPLICATE",
        "1, ACTIVE,  EARLIER, CONFLICT",
        "1, ACTIVE,  NONE,    CONFLICT",
        // a replacement with new content replaces; one repeating any version is a resend
        "7, ACTIVE,  NONE,    REPLACE",
        "7, ACTIVE,  CURRENT, DUPLICATE",
        "7, ACTIVE,  FIRST,   DUPLICATE",
        "7, ACTIVE,  EARLIER, DUPLICATE",
        // a void cancels a claim in force whatever its lines say, and a voided claim once
        "8, ACTIVE,  NONE,    VOID",
        "8, ACTIVE,  CURRENT, VOID",
        "8, VOIDED,  CURRENT, DUPLICATE",
        "8, VOIDED,  NONE,    DUPLICATE",
        // a voided claim is never revived: new content under its key conflicts, resends are duplicates
        "1, VOIDED,  FIRST,   DUPLICATE",
        "1, VOIDED,  NONE,    CONFLICT",
        "7, VOIDED,  CURRENT, DUPLICATE",
        "7, VOIDED,  EARLIER, DUPLICATE",
        "7, VOIDED,  NONE,    CONFLICT",
    })
    void decidesByFrequencyCodeStoredStateAndMatchingVersion(String code, Stored stored, SameAs sameAs, Action action) {
        assertEquals(action, ClaimAmendment.decide(ClaimFrequency.of(code).orElseThrow(), stored, sameAs));
    }

    @ParameterizedTest(name = "code ''{0}'': {1}")
    @CsvSource(nullValues = "-", value = {
        "1, ORIGINAL",
        "7, REPLACEMENT",
        "8, VOID",
        "' 7 ', REPLACEMENT",
        "-, ORIGINAL",
        "0, -",
        "2, -",
        "6, -",
        "9, -",
        "71, -",
        "X, -",
    })
    void acceptsOnlyOriginalReplacementAndVoid(String code, ClaimFrequency frequency) {
        if (frequency == null) {
            assertTrue(ClaimFrequency.of(code).isEmpty());
        } else {
            assertEquals(frequency, ClaimFrequency.of(code).orElseThrow());
        }
    }
}
