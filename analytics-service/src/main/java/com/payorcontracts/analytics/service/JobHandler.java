package com.payorcontracts.analytics.service;

import java.util.Optional;

/** Runs one kind of job. Must be safe to run again on a job that a dead replica left half done. */
public interface JobHandler {

    Jobs.Kind kind();

    /** Does the work, recording progress as it goes; throws to fail the job. */
    void run(Jobs.Job job);

    /**
     * What a run that failed (or died) may have committed and must still be priced: queued as a
     * REPRICE job in the transaction that fails this one. None by default.
     */
    default Optional<RepriceScope> toPriceIfFailed(Jobs.Job job) {
        return Optional.empty();
    }
}
