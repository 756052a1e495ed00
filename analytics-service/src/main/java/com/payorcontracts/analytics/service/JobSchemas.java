package com.payorcontracts.analytics.service;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What each job kind's {@code params} and {@code result} hold, for the API document: the jobs keep
 * them as JSON maps (written by ClaimCsvJob, RemittanceService, RepriceJob, ProjectionRebuild and
 * BenchmarkImportJob), and a client should not have to guess their members. A result grows while
 * the job runs, so its counts are absent (or null) until the job has made them; {@code failure}
 * says why a job FAILED when no row was at fault. Money is a decimal string ("1150.00"), never a
 * JSON number a client would read as a float. Each schema admits no member it does not name, so
 * the conformance walk (system-tests ApiConformanceIT) fails when a job writes one these records lack.
 */
public final class JobSchemas {

    static final String FAILURE = "Why the job FAILED, when no row was at fault";
    static final String REPRICE = "The repricing job this one queued for what it stored, if any";

    private JobSchemas() {
    }

    @Schema(name = "ClaimsCsvJobParams", additionalProperties = Schema.False.class, description = "CLAIMS_CSV: none; the claims are the uploaded file")
    public record ClaimsCsvParams() {
    }

    @Schema(name = "ClaimsCsvJobResult", additionalProperties = Schema.False.class, description = "CLAIMS_CSV: claims counted so far, by what became of them")
    public record ClaimsCsvResult(
            @Schema(nullable = true, description = "New claims stored") Long claimsCreated,
            @Schema(nullable = true, description = "Claims stored before with the same content") Long duplicates,
            @Schema(nullable = true, description = "Claims stored before with other content; not changed") Long conflicts,
            @Schema(nullable = true, description = "Rows refused (see errors)") Long rejected,
            @Schema(nullable = true, description = "New claims no contract covers (yet)") Long unmatchedContracts,
            @Schema(nullable = true, description = "Stored claims replaced by a row with frequency code 7") Long replaced,
            @Schema(nullable = true, description = "Stored claims voided by a row with frequency code 8") Long voided,
            @Schema(nullable = true, description = "Rows replacing or voiding a claim never stored (see errors)") Long unknownClaims,
            @Schema(nullable = true, description = REPRICE) UUID repriceJobId,
            @Schema(nullable = true, description = FAILURE) String failure) {
    }

    @Schema(name = "RemittanceX12JobParams", additionalProperties = Schema.False.class, description = "REMITTANCE_X12: the uploaded 835's digest and the payor named on upload")
    public record RemittanceX12Params(
            @Schema(description = "SHA-256 of the file: the same file again is a duplicate") String contentHash,
            @Schema(nullable = true, description = "The payor the uploader named; else matched by the 835's payer id") UUID payorId) {
    }

    @Schema(name = "RemittanceX12JobResult", additionalProperties = Schema.False.class, description = "REMITTANCE_X12: the remittance stored, or why not")
    public record RemittanceX12Result(
            @Schema(nullable = true, description = "false when the file failed its checks (see errors) and nothing was stored") Boolean stored,
            @Schema(nullable = true, description = "The remittance stored before from the same file") UUID duplicateOf,
            @Schema(nullable = true, description = "The remittance stored") UUID remittanceId,
            @Schema(nullable = true, description = "Claim payments in it") Integer claimCount,
            @Schema(nullable = true, type = SchemaType.STRING, pattern = "^-?\\d+\\.\\d{2}$", example = "1150.00",
                    description = "What it paid in all, in dollars with 2 decimals") String totalPaid,
            @Schema(nullable = true, description = "Claim payments matched to stored claims") Integer linkedClaims,
            @Schema(nullable = true, description = REPRICE) UUID repriceJobId,
            @Schema(nullable = true, description = FAILURE) String failure) {
    }

    @Schema(name = "RepriceJobParams", additionalProperties = Schema.False.class, description = "REPRICE: which claims it prices again")
    public record RepriceParams(
            @Schema(nullable = true, enumeration = {"ALL", "CONTRACT", "CLAIM_JOB", "REMITTANCE"},
                    description = "Every claim (ALL, also when absent), a contract's, a CSV job's or a remittance's") String scope,
            @Schema(nullable = true, description = "The contract, job or remittance the scope names") UUID id,
            @Schema(nullable = true, description = "After a contract of this payor changed: its unmatched claims are matched again first")
            UUID payorId) {
    }

    @Schema(name = "RepriceJobResult", additionalProperties = Schema.False.class, description = "REPRICE: what was priced")
    public record RepriceResult(
            @Schema(nullable = true, description = "Claims priced") Integer claims,
            @Schema(nullable = true, description = "Claim lines priced") Integer lines,
            @Schema(nullable = true, description = "Of those, lines a remittance paid") Integer remittedLines,
            @Schema(nullable = true, description = "Of those, lines paid less than expected") Integer underpaidLines,
            @Schema(nullable = true, description = "How long pricing took") Long millis,
            @Schema(nullable = true, description = "Claims of the payor a contract covers now (with payorId)") Integer newlyMatchedClaims,
            @Schema(nullable = true, description = FAILURE) String failure) {
    }

    @Schema(name = "RebuildProjectionsJobParams", additionalProperties = Schema.False.class, description = "REBUILD_PROJECTIONS: none")
    public record RebuildProjectionsParams() {
    }

    @Schema(name = "RebuildProjectionsJobResult", additionalProperties = Schema.False.class, description = "REBUILD_PROJECTIONS: the topics' records read again")
    public record RebuildProjectionsResult(
            @Schema(nullable = true, description = "Records read") Long recordsRead,
            @Schema(nullable = true, description = "Records skipped because they could not be read") Long unreadableSkipped,
            @Schema(nullable = true, description = FAILURE) String failure) {
    }

    @Schema(name = "TicImportJobParams", additionalProperties = Schema.False.class, description = "TIC_IMPORT: whose Transparency in Coverage file, and which of its prices to keep")
    public record TicImportParams(
            @Schema(description = "The payor the file is of") String payor,
            @Schema(nullable = true, description = "Where the file was fetched from; absent when uploaded") String url,
            @Schema(description = "Billing codes kept") List<String> codes,
            @Schema(description = "Provider TINs kept") List<String> tins,
            @Schema(description = "Provider NPIs kept") List<Long> npis,
            @Schema(nullable = true, description = "The reference schedule prices are compared with") UUID referenceScheduleId) {
    }

    @Schema(name = "TicImportJobResult", additionalProperties = Schema.False.class, description = "TIC_IMPORT: what the file held and what was kept, or where it is bad")
    public record TicImportResult(
            @Schema(nullable = true) UUID importId,
            @Schema(nullable = true) Long itemsRead,
            @Schema(nullable = true) Long itemsKept,
            @Schema(nullable = true) Long itemsOutsideCodeSet,
            @Schema(nullable = true, description = "Items skipped, by billing code type") Map<String, Long> skippedByCodeType,
            @Schema(nullable = true) Long pricesKept,
            @Schema(nullable = true) Long pricesOutsideScope,
            @Schema(nullable = true, description = "Prices not in dollars (percentages, per diems)") Long pricesNotDollars,
            @Schema(nullable = true) Long pricesNotFeeForService,
            @Schema(nullable = true) Long unresolvedReferences,
            @Schema(nullable = true) Long remoteReferences,
            @Schema(nullable = true, description = "Market rates stored") Long marketRates,
            @Schema(nullable = true) Integer benchmarkKeys,
            @Schema(nullable = true, description = "The benchmark set's version published") Integer version,
            @Schema(nullable = true) Long readAndStoreMillis,
            @Schema(nullable = true) Long publishMillis,
            @Schema(nullable = true, description = "A bad file: the byte where reading stopped") Long byteOffset,
            @Schema(nullable = true, description = "A bad file: the JSON path there") String jsonPath,
            @Schema(nullable = true, description = "A bad file: what is wrong there") String reason,
            @Schema(nullable = true, description = FAILURE) String failure) {
    }
}
