package org.customerhub.reindex;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.ingestion.IndexSync;
import org.customerhub.matching.RecordIndex;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the search index from the database, the system of record: every source record is marked for the
 * index sync and pushed again, 500 at a time, through the same path that indexes records as they arrive
 * ({@link IndexSync}). Documents are replaced by record id, so the index serves matching throughout. With
 * {@code recreate} the index is first dropped and created with the current mapping; until the rebuild is done,
 * matching then finds fewer candidates, so do that with ingestion paused.
 */
@Singleton
public class IndexRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int PAGE = 500;
    private final ReindexRecords records;
    private final IndexSync sync;
    private final RecordIndex index;
    private final AuditLog audit;
    private final AtomicBoolean running = new AtomicBoolean();

    public IndexRebuild(ReindexRecords records, IndexSync sync, RecordIndex index, AuditLog audit) {
        this.records = records;
        this.sync = sync;
        this.index = index;
        this.audit = audit;
    }

    /** @param notIndexed records still unindexed afterwards: unmatched (pending) records, or ones changed meanwhile */
    public record Result(long records, long notIndexed, boolean recreated, long millis) {
    }

    public Result rebuild(Principal admin, boolean recreate) {
        if (!admin.has(Role.ADMIN)) throw RequestRefused.forbidden("Only admins rebuild the index");
        if (!running.compareAndSet(false, true)) throw RequestRefused.conflict("Reindex running", "a rebuild is already running on this node");
        try {
            Instant start = Instant.now();
            if (recreate) index.recreate();
            long total = 0;
            long after = 0;
            for (List<Long> ids = records.idsAfter(after, Pageable.from(0, PAGE)); !ids.isEmpty(); ids = records.idsAfter(after, Pageable.from(0, PAGE))) {
                records.markUnindexed(ids);
                sync.flush(ids);
                total += ids.size();
                after = ids.get(ids.size() - 1);
            }
            // the index writer sends queued records in the background: wait for it, so the answer counts what is written
            sync.drain();
            long millis = Duration.between(start, Instant.now()).toMillis();
            Result result = new Result(total, records.countUnindexed(), recreate, millis);
            LOG.info("index rebuilt: {} records in {} ms, {} not indexed, recreated {}", total, millis, result.notIndexed(), recreate);
            audit.record(admin.name(), "INDEX_REBUILT", "index:records", total + " records" + (recreate ? ", index recreated" : ""));
            return result;
        } finally {
            running.set(false);
        }
    }
}
