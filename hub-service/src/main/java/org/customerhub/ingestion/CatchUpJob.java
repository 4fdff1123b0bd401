package org.customerhub.ingestion;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Finishes what an outage left undone: pending matches, unindexed records, reviews without a process. */
@Singleton
@Requires(property = "hub.catch-up.enabled", notEquals = "false")
public class CatchUpJob {
    private final IngestionService ingestion;

    public CatchUpJob(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    @Scheduled(fixedDelay = "${hub.catch-up.interval:30s}", initialDelay = "${hub.catch-up.initial-delay:30s}")
    void run() {
        ingestion.catchUp();
    }
}
