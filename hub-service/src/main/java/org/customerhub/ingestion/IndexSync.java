package org.customerhub.ingestion;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasterRecordRepository;
import org.customerhub.matching.IndexDocument;
import org.customerhub.matching.RecordIndex;
import org.customerhub.source.SourceRegistry;
import org.customerhub.standardize.MatchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the search index up to the database: every record written with indexed = false is (re)indexed and then
 * marked. The database is written first, so an unavailable index delays matching but never loses a record;
 * the scheduled sweep catches up after an outage.
 */
@Singleton
public class IndexSync {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    private final SourceRecordRepository records;
    private final MasterRecordRepository masters;
    private final SourceRegistry sources;
    private final RecordIndex index;

    public IndexSync(SourceRecordRepository records, MasterRecordRepository masters, SourceRegistry sources, RecordIndex index) {
        this.records = records;
        this.masters = masters;
        this.sources = sources;
        this.index = index;
    }

    /** Indexes the given records if they are not indexed yet. */
    public void flush(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) return;
        List<SourceRecord> pending = load(recordIds);
        push(pending);
    }

    @Scheduled(fixedDelay = "${hub.index-sync.interval:10s}", initialDelay = "${hub.index-sync.initial-delay:15s}")
    public void flushAll() {
        try {
            List<SourceRecord> pending = loadAllPending();
            if (!pending.isEmpty()) {
                LOG.info("index catch-up: {} records", pending.size());
                for (int i = 0; i < pending.size(); i += 500) push(pending.subList(i, Math.min(pending.size(), i + 500)));
            }
        } catch (RuntimeException e) {
            LOG.warn("index catch-up failed, retrying later: {}", Failures.describe(e));
        }
    }

    private List<SourceRecord> load(Collection<Long> ids) {
        return records.findByIdIn(ids).stream().filter(r -> !r.isIndexed() && r.getMasterId() != null).toList();
    }

    private List<SourceRecord> loadAllPending() {
        return records.findByIndexedFalse().stream().filter(r -> r.getMasterId() != null).toList();
    }

    private void push(List<SourceRecord> pending) {
        if (pending.isEmpty()) return;
        Map<Long, MasterRecord> masterById = masters(pending);
        List<IndexDocument> docs = pending.stream().map(r -> new IndexDocument(r.getId(), r.getMasterId(),
                masterById.get(r.getMasterId()).getCustomerNumber(), sources.byId(r.getSourceId()).code(),
                MatchKeys.of(CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson()))))).toList();
        index.index(docs);
        markIndexed(pending);
    }

    private Map<Long, MasterRecord> masters(List<SourceRecord> pending) {
        return masters.findByIdIn(pending.stream().map(SourceRecord::getMasterId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(MasterRecord::getId, Function.identity()));
    }

    // each repository call is its own short transaction: a record changed meanwhile stays unindexed
    private void markIndexed(List<SourceRecord> indexed) {
        indexed.forEach(r -> records.markIndexed(r.getId(), r.getLockVersion()));
    }
}
