package org.customerhub.governance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.interaction.InteractionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the flags current (see also {@link FlagFollower}). Every {@code interval} the job looks at masters changed since its last run (merges, new records, interactions
 * reported through another node); it makes a full pass when the version in force of a flagging definition
 * changed (an approval, or an effective date that came) and at least every {@code full-interval}, since rules like
 * "within 90 days" change their answer as time passes. It also starts votes whose process is missing.
 */
@Singleton
@Requires(property = "hub.governance.flagging.enabled", notEquals = "false")
public class FlaggingJob {
    private static final Logger LOG = LoggerFactory.getLogger(FlaggingJob.class);
    private final MasterFlagging flagging;
    private final Definitions definitions;
    private final InteractionRepository interactions;
    private final SourceRecordRepository records;
    private final Duration fullInterval;
    private Map<String, String> lastRules;
    private Instant lastFullPass;
    private Instant lastRun;

    public FlaggingJob(MasterFlagging flagging, Definitions definitions, InteractionRepository interactions, SourceRecordRepository records,
                       @Value("${hub.governance.flagging.full-interval:6h}") Duration fullInterval) {
        this.flagging = flagging;
        this.definitions = definitions;
        this.interactions = interactions;
        this.records = records;
        this.fullInterval = fullInterval;
    }

    @Scheduled(fixedDelay = "${hub.governance.flagging.interval:60s}", initialDelay = "${hub.governance.flagging.initial-delay:60s}")
    synchronized void run() {
        try {
            definitions.startMissingVotes();
            Instant start = Instant.now();
            Map<String, String> rules = flagging.inForceNow();
            if (!rules.equals(lastRules) || lastFullPass == null || lastFullPass.plus(fullInterval).isBefore(start)) {
                flagging.fullPass();
                lastRules = rules;
                lastFullPass = start;
            } else {
                Set<Long> changed = new LinkedHashSet<>(flagging.changedSince(lastRun));
                List<Long> recordIds = interactions.findRecordsChangedSince(lastRun);
                if (!recordIds.isEmpty()) records.findByIdIn(recordIds).stream().map(SourceRecord::getMasterId)
                        .filter(java.util.Objects::nonNull).forEach(changed::add);
                if (!changed.isEmpty()) flagging.reevaluate(changed);
            }
            // a little overlap, so that a change committed while the run read is seen by the next one
            lastRun = start.minusSeconds(5);
        } catch (RuntimeException e) {
            LOG.warn("flagging run failed, retried at the next interval: {}", Failures.describe(e));
        }
    }
}
