package org.customerhub.cleansing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Finishes what a failure left undone: proposals without a process, jobs interrupted or waiting for the vendor. */
@Singleton
@Requires(property = "hub.cleansing.sweep.enabled", notEquals = "false")
public class CleansingSweep {
    private final CleansingService cleansing;
    private final CleansingJobs jobs;

    public CleansingSweep(CleansingService cleansing, CleansingJobs jobs) {
        this.cleansing = cleansing;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelay = "${hub.cleansing.sweep.interval:30s}", initialDelay = "${hub.cleansing.sweep.initial-delay:30s}")
    void run() {
        cleansing.startMissingProcesses();
        jobs.resumeInterrupted();
    }
}
