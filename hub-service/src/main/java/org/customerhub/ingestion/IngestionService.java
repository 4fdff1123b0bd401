package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.MatchDecision;
import org.customerhub.matching.MatchService;
import org.customerhub.matching.TermFrequencies;
import org.customerhub.security.Principal;
import org.customerhub.source.ActiveMapping;
import org.customerhub.source.SourceRegistry;
import org.customerhub.source.mapping.RecordRejected;
import org.customerhub.stewardship.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ingest-and-match path shared by the API, bulk loads and the demo: map the source's fields onto the
 * canonical model, standardise, store (idempotent), match against everything before, and apply the decision.
 * The record is committed before matching, so a failing index or engine delays the rest but loses nothing:
 * {@link #catchUp()} finishes what was left.
 */
@Singleton
public class IngestionService {
    private static final Logger LOG = LoggerFactory.getLogger(IngestionService.class);
    private static final Pattern SOURCE_KEY = Pattern.compile("[\\p{Alnum}][\\p{Alnum} ._:/#@+-]{0,199}");

    private final SourceRegistry sources;
    private final RecordReader reader;
    private final RecordStore store;
    private final MatchService matching;
    private final TermFrequencies frequencies;
    private final RecordLinking linking;
    private final MasteringService mastering;
    private final IndexSync index;
    private final ReviewService reviews;
    private final SourceRecordRepository records;

    public IngestionService(SourceRegistry sources, RecordStore store, MatchService matching, TermFrequencies frequencies,
                            RecordLinking linking, MasteringService mastering, IndexSync index, ReviewService reviews,
                            SourceRecordRepository records, RecordReader reader) {
        this.reader = reader;
        this.sources = sources;
        this.store = store;
        this.matching = matching;
        this.frequencies = frequencies;
        this.linking = linking;
        this.mastering = mastering;
        this.index = index;
        this.reviews = reviews;
        this.records = records;
    }

    public IngestResult upsert(Principal caller, String sourceCode, String sourceKey, Map<String, Object> raw) {
        if (!caller.isSource(sourceCode)) {
            throw RequestRefused.forbidden("This token may only write records of its own source");
        }
        if (sourceKey == null || !SOURCE_KEY.matcher(sourceKey).matches()) {
            throw RequestRefused.invalid("Invalid source key", List.of(new Violation("sourceKey",
                    "must be 1-200 letters, digits, spaces or . _ : / # @ + -, starting with a letter or digit")));
        }
        RecordReader.Read read;
        try {
            read = reader.read(sourceCode, raw);
        } catch (RecordRejected e) {
            throw RequestRefused.invalid("Record does not fit the mapping of source '" + sourceCode + "'",
                    e.problems().stream().map(p -> new Violation(p.field(), p.message())).toList());
        }
        ActiveMapping mapping = read.mapping();
        CanonicalRecord canonical = read.canonical();
        List<Violation> warnings = read.warnings();

        StoredRecord stored = storeWithRetry(mapping, sourceKey, raw, canonical);
        SourceRecord record = stored.record();
        if (!stored.changed()) {
            return result(sourceCode, record, "UNCHANGED", record.state() == SourceRecord.MatchState.PENDING ? "PENDING" : null,
                    null, null, warnings);
        }
        frequencies.recordStored(stored.previousCanonicalJson() == null ? null
                : CanonicalRecord.fromWire(org.customerhub.common.Json.readMap(stored.previousCanonicalJson())), canonical);
        String status = stored.created() ? "CREATED" : "UPDATED";
        if (record.state() == SourceRecord.MatchState.MATCHED) {
            mastering.recordChanged(record, caller.name());
            flushIndex(record.getId());
            return result(sourceCode, record, status, "LINKED", null, null, warnings);
        }
        return matchPending(caller.name(), sourceCode, record.getId(), canonical, status, warnings);
    }

    private IngestResult matchPending(String actor, String sourceCode, long recordId, CanonicalRecord canonical,
                                      String status, List<Violation> warnings) {
        MatchDecision decision;
        try {
            decision = matching.decide(canonical, recordId);
        } catch (RuntimeException e) {
            LOG.warn("record {}: matching unavailable, record kept pending: {}", recordId, Failures.describe(e));
            SourceRecord record = records.findById(recordId).orElseThrow();
            return result(sourceCode, record, status, "PENDING", null, null, warnings);
        }
        RecordLinking.Linked linked;
        try {
            linked = linking.apply(recordId, decision, decision.modelVersion(), actor);
        } catch (RuntimeException e) {
            // a concurrent push of the same key (or the sweep) matched this record first: report what happened
            LOG.info("record {}: matched concurrently: {}", recordId, Failures.describe(e));
            SourceRecord record = records.findById(recordId).orElseThrow();
            if (record.state() == SourceRecord.MatchState.PENDING) throw e;
            return result(sourceCode, record, status, "LINKED", null, null, warnings);
        }
        flushIndex(recordId);
        if (!linked.applied()) {
            mastering.recordChanged(linked.record(), actor);
            return result(sourceCode, linked.record(), status, "LINKED", null, null, warnings);
        }
        Long reviewId = null;
        if (linked.review() != null) {
            reviewId = linked.review().getId();
            try {
                reviews.startProcess(reviewId);
            } catch (RuntimeException e) {
                LOG.warn("review {}: process not started yet, the sweep retries: {}", reviewId, Failures.describe(e));
            }
        }
        MasterRecord master = linked.master();
        IngestResult r = result(sourceCode, linked.record(), status, decision.outcome().name(), reviewId, decision, warnings);
        return new IngestResult(r.source(), r.sourceKey(), r.recordVersion(), r.status(), r.outcome(), master.getCustomerNumber(),
                r.reviewId(), r.matchProbability(), r.explanation(), r.warnings());
    }

    /** Matches records left pending (index or engine was down), indexes what is unindexed, starts missing processes. */
    public void catchUp() {
        try {
            for (SourceRecord pending : records.findByMatchState(SourceRecord.MatchState.PENDING.name())) {
                CanonicalRecord canonical = CanonicalRecord.fromWire(org.customerhub.common.Json.readMap(pending.getCanonicalJson()));
                IngestResult result = matchPending("system:catch-up", sources.byId(pending.getSourceId()).code(), pending.getId(),
                        canonical, "PENDING", List.of());
                if ("PENDING".equals(result.outcome())) return; // the index is still unavailable: try again next round
            }
        } catch (RuntimeException e) {
            LOG.warn("catch-up matching failed: {}", Failures.describe(e));
        } finally {
            index.flushAll();
            reviews.startMissingProcesses();
        }
    }

    private StoredRecord storeWithRetry(ActiveMapping mapping, String sourceKey, Map<String, Object> raw, CanonicalRecord canonical) {
        try {
            return store.store(mapping, sourceKey, raw, canonical);
        } catch (RuntimeException first) {
            // two pushes of the same new key at once: one insert wins the unique key, the other retries as an update
            LOG.info("record {}/{}: store conflict, retrying once: {}", mapping.source().code(), sourceKey.hashCode(), Failures.describe(first));
            return store.store(mapping, sourceKey, raw, canonical);
        }
    }

    private void flushIndex(long recordId) {
        try {
            index.flush(List.of(recordId));
        } catch (RuntimeException e) {
            LOG.warn("record {}: indexing deferred to the sweep: {}", recordId, Failures.describe(e));
        }
    }

    private IngestResult result(String source, SourceRecord record, String status, String outcome, Long reviewId,
                                MatchDecision decision, List<Violation> warnings) {
        String number = record.getMasterId() == null ? null : mastering.active(record.getMasterId()).getCustomerNumber();
        Double probability = decision == null || decision.best() == null ? null : decision.best().score().probability();
        return new IngestResult(source, record.getSourceKey(), record.getRecordVersion(), status, outcome, number, reviewId,
                // levels and weights only: the compared values of the candidate belong to other silos
                probability, decision == null || decision.best() == null ? null : decision.best().score().withoutValues(),
                new ArrayList<>(warnings));
    }
}
