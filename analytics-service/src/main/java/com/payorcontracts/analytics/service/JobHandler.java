package com.payorcontracts.analytics.service;

/** Runs one kind of job. Must be safe to run again on a job that a dead replica left half done. */
public interface JobHandler {

    Jobs.Kind kind();

    /** Does the work, recording progress as it goes; throws to fail the job. */
    void run(Jobs.Job job);
}
