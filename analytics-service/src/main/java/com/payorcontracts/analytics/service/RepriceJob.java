package com.payorcontracts.analytics.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reprices a scope as a job: rerunning it after a crash simply reprices again (the results are replaced). */
@ApplicationScoped
public class RepriceJob implements JobHandler {

    private final Jobs jobs;
    private final Repricer repricer;
    private final ContractChangeFollowUp followUp;

    RepriceJob(Jobs jobs, Repricer repricer, ContractChangeFollowUp followUp) {
        this.jobs = jobs;
        this.repricer = repricer;
        this.followUp = followUp;
    }

    @Override
    public Jobs.Kind kind() {
        return Jobs.Kind.REPRICE;
    }

    @Override
    public void run(Jobs.Job job) {
        int newlyMatched = 0;
        if (job.params().get("payorId") != null) {
            // A contract changed: claims of its payor that no contract covered may be covered now.
            newlyMatched = followUp.matchUnmatched(UUID.fromString(job.params().get("payorId").toString()));
        }
        Repricer.Summary summary = repricer.reprice(RepriceScope.fromParams(job.params()),
                done -> jobs.progress(job.id(), done, null, List.of(), Map.of()));
        Map<String, Object> result = Jobs.result();
        result.put("claims", summary.claims());
        result.put("lines", summary.lines());
        result.put("remittedLines", summary.remittedLines());
        result.put("underpaidLines", summary.underpaidLines());
        result.put("millis", summary.millis());
        if (job.params().get("payorId") != null) {
            result.put("newlyMatchedClaims", newlyMatched);
        }
        jobs.progress(job.id(), summary.lines(), summary.lines(), List.of(), result);
        jobs.finish(job.id(), Jobs.State.SUCCEEDED, result, List.of());
    }
}
