package org.customerhub.ingestion;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.customerhub.common.Failures;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.CandidateFinder;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
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
    /** Lines per candidate-search round trip of a bulk push. */
    private static final int BATCH = 200;
    /** Marks the records of a bulk whose candidate search failed: they stay pending, as a single push would. */
    private static final CandidateFinder.Found UNAVAILABLE = new CandidateFinder.Found(List.of(), List.of(), 0);

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
    private final BulkTransaction together;
    /** Where a bulk push's candidate searches run, one batch ahead of the pushing thread. */
    private final ExecutorService searches;

    @SuppressWarnings("java:S107") // the steps of one ingestion; each is a narrow collaborator
    public IngestionService(SourceRegistry sources, RecordStore store, MatchService matching, TermFrequencies frequencies,
                            RecordLinking linking, MasteringService mastering, IndexSync index, ReviewService reviews,
                            SourceRecordRepository records, RecordReader reader, BulkTransaction together,
                            @Named(TaskExecutors.IO) ExecutorService searches) {
        this.searches = searches;
        this.together = together;
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
        requireOwnSource(caller, sourceCode);
        return ingest(caller, prepare(sourceCode, sourceKey, raw), null, null);
    }

    /** One line of a bulk push: the source's key and record. */
    public record BulkLine(String sourceKey, Map<String, Object> raw) {
    }

    /** What became of one bulk line: its result, or why it was refused or failed (never both). */
    public record BulkOutcome(IngestResult result, RuntimeException failure) {
    }

    /**
     * A bulk push: the same outcome per line as {@link #upsert} line by line in this order, with less waiting.
     * Per batch of lines, every record is mapped and standardised first, the index is asked for all of them in one
     * round trip, and then each is stored and matched in order against what the index found and, through
     * {@link org.customerhub.matching.RecentRecords}, against the records stored before it, those of this batch
     * included. The lines of a batch are stored and linked in one transaction; when any of them fails, that
     * transaction is rolled back and the batch is repeated line by line, each line in its own transactions as
     * {@link #upsert} does, so a bad line is answered alone and never affects another, and nothing is half-written;
     * re-sending the lines changes nothing.
     */
    public List<BulkOutcome> upsertAll(Principal caller, String sourceCode, List<BulkLine> lines) {
        requireOwnSource(caller, sourceCode);
        List<BulkOutcome> outcomes = new ArrayList<>(lines.size());
        Batch next = lines.isEmpty() ? null : searched(sourceCode, lines, 0);
        while (next != null) {
            Batch batch = next;
            // the next batch's candidate search runs while this one is stored and matched: its records cannot be
            // in the index before this batch commits anyway, and what this batch writes the buffer offers it
            int after = batch.from() + batch.prepared().length;
            next = after < lines.size() ? searched(sourceCode, lines, after) : null;
            Prepared[] prepared = batch.prepared();
            BulkOutcome[] done = batch.done();
            List<CandidateFinder.Found> found = batch.found();
            if (found != null) ingestTogether(caller, prepared, found, done);
            int searchedIndex = 0;
            for (int i = 0; i < prepared.length; i++) {
                if (done[i] == null) {
                    CandidateFinder.Found indexed = found == null ? UNAVAILABLE : found.get(searchedIndex);
                    searchedIndex++;
                    try {
                        done[i] = new BulkOutcome(ingest(caller, prepared[i], indexed, null), null);
                    } catch (RuntimeException e) {
                        done[i] = new BulkOutcome(null, e);
                    }
                } else if (prepared[i] != null) {
                    searchedIndex++;
                }
                outcomes.add(done[i]);
            }
        }
        return outcomes;
    }

    /**
     * One batch of a bulk push: its lines mapped and standardised (or refused, in {@code done}), and the candidate
     * search for them, sent at once and answered when {@link #found()} is asked.
     */
    private record Batch(int from, Prepared[] prepared, BulkOutcome[] done, Future<List<CandidateFinder.Found>> search) {
        /** What the index found for each prepared line, in order; null when the search failed (lines stay pending). */
        List<CandidateFinder.Found> found() {
            try {
                return search.get();
            } catch (ExecutionException e) {
                // as for a single record: each is stored, and matched when the index is back
                LOG.warn("bulk of {}: candidate search unavailable, records kept pending: {}", prepared.length,
                        Failures.describe(e.getCause()));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for candidate search", e);
            }
        }
    }

    private Batch searched(String sourceCode, List<BulkLine> lines, int from) {
        List<BulkLine> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
        Prepared[] prepared = new Prepared[batch.size()];
        BulkOutcome[] done = new BulkOutcome[batch.size()];
        List<CanonicalRecord> searched = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                prepared[i] = prepare(sourceCode, batch.get(i).sourceKey(), batch.get(i).raw());
                searched.add(prepared[i].canonical());
            } catch (RuntimeException e) {
                done[i] = new BulkOutcome(null, e);
            }
        }
        Future<List<CandidateFinder.Found>> search;
        try {
            search = searches.submit(() -> matching.searchIndex(searched));
        } catch (RejectedExecutionException e) {
            search = CompletableFuture.failedFuture(e);
        }
        return new Batch(from, prepared, done, search);
    }

    /**
     * Stores and links the prepared lines not done yet in one transaction and fills in their outcomes; when any of
     * them fails, nothing of them is kept (database, buffer, term frequencies) and their outcomes stay empty.
     */
    private void ingestTogether(Principal caller, Prepared[] prepared, List<CandidateFinder.Found> found, BulkOutcome[] done) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < prepared.length; i++) if (done[i] == null) open.add(i);
        if (open.size() < 2) return;
        Effects effects = new Effects();
        IngestResult[] results;
        try {
            results = together.run(() -> {
                IngestResult[] r = new IngestResult[open.size()];
                for (int k = 0; k < open.size(); k++) {
                    r[k] = ingest(caller, prepared[open.get(k)], found.get(k), effects);
                    together.lineDone();
                }
                return r;
            });
        } catch (RuntimeException e) {
            effects.rolledBack();
            LOG.warn("bulk of {} lines: one failed, storing them line by line: {}", open.size(), Failures.describe(e));
            return;
        }
        effects.committed();
        for (int k = 0; k < open.size(); k++) done[open.get(k)] = new BulkOutcome(results[k], null);
    }

    /**
     * What the lines of one bulk transaction did outside the database: undone if it rolls back, finished (index
     * writes queued, review processes started) once it committed.
     */
    private final class Effects {
        private final IndexSync.Staged staged = new IndexSync.Staged();
        private final List<CanonicalRecord[]> frequencyChanges = new ArrayList<>();
        private final List<Long> reviewsToStart = new ArrayList<>();

        void rolledBack() {
            index.discard(staged);
            for (int i = frequencyChanges.size() - 1; i >= 0; i--) {
                frequencies.recordStored(frequencyChanges.get(i)[1], frequencyChanges.get(i)[0]);
            }
        }

        void committed() {
            index.queue(staged);
            // together: one engine transaction for the batch's reviews instead of one per review
            reviews.startProcesses(reviewsToStart);
        }
    }

    private static void requireOwnSource(Principal caller, String sourceCode) {
        if (!caller.isSource(sourceCode)) {
            throw RequestRefused.forbidden("This token may only write records of its own source");
        }
    }

    /** A record read through its source's mapping, not stored yet. */
    private record Prepared(String sourceKey, Map<String, Object> raw, ActiveMapping mapping, CanonicalRecord canonical,
                            List<Violation> warnings) {
    }

    private Prepared prepare(String sourceCode, String sourceKey, Map<String, Object> raw) {
        if (sourceKey == null || !SOURCE_KEY.matcher(sourceKey).matches()) {
            throw RequestRefused.invalid("Invalid source key", List.of(new Violation("sourceKey",
                    "must be 1-200 letters, digits, spaces or . _ : / # @ + -, starting with a letter or digit")));
        }
        try {
            RecordReader.Read read = reader.read(sourceCode, raw);
            return new Prepared(sourceKey, raw, read.mapping(), read.canonical(), read.warnings());
        } catch (RecordRejected e) {
            throw RequestRefused.invalid("Record does not fit the mapping of source '" + sourceCode + "'",
                    e.problems().stream().map(p -> new Violation(p.field(), p.message())).toList());
        }
    }

    /**
     * Stores and matches a prepared record; {@code indexed} is what a bulk's candidate search found, or null.
     * {@code effects} is null when the record gets its own transactions; otherwise the record is part of a bulk
     * transaction, where any failure is thrown (the caller rolls back and repeats line by line) and what cannot be
     * undone waits for the commit.
     */
    private IngestResult ingest(Principal caller, Prepared prepared, CandidateFinder.Found indexed, Effects effects) {
        String sourceCode = prepared.mapping().source().code();
        CanonicalRecord canonical = prepared.canonical();
        List<Violation> warnings = prepared.warnings();
        StoredRecord stored = effects == null ? storeWithRetry(prepared.mapping(), prepared.sourceKey(), prepared.raw(), canonical)
                : store.store(prepared.mapping(), prepared.sourceKey(), prepared.raw(), canonical);
        SourceRecord record = stored.record();
        if (!stored.changed()) {
            return result(sourceCode, record, "UNCHANGED", record.state() == SourceRecord.MatchState.PENDING ? "PENDING" : null,
                    null, null, warnings);
        }
        CanonicalRecord previous = stored.previousCanonicalJson() == null ? null
                : CanonicalRecord.fromWire(org.customerhub.common.Json.readMap(stored.previousCanonicalJson()));
        frequencies.recordStored(previous, canonical);
        if (effects != null) effects.frequencyChanges.add(new CanonicalRecord[] {previous, canonical});
        String status = stored.created() ? "CREATED" : "UPDATED";
        if (record.state() == SourceRecord.MatchState.MATCHED) {
            mastering.recordChanged(record, caller.name());
            flushIndex(record, effects);
            return result(sourceCode, record, status, "LINKED", null, null, warnings);
        }
        // in one transaction with its insert, nothing can have named the record a different person yet
        boolean insertedHere = effects != null && record.insertedNow();
        return matchPending(caller.name(), sourceCode, record.getId(), insertedHere, canonical, status, warnings, indexed, effects);
    }

    @SuppressWarnings("java:S107")
    private IngestResult matchPending(String actor, String sourceCode, long recordId, boolean insertedHere, CanonicalRecord canonical,
                                      String status, List<Violation> warnings, CandidateFinder.Found indexed, Effects effects) {
        MatchDecision decision;
        try {
            if (indexed == UNAVAILABLE) throw new IllegalStateException("candidate search unavailable");
            decision = indexed == null ? matching.decide(canonical, recordId) : matching.decide(canonical, recordId, insertedHere, indexed);
        } catch (RuntimeException e) {
            if (effects != null) throw e;
            LOG.warn("record {}: matching unavailable, record kept pending: {}", recordId, Failures.describe(e));
            SourceRecord record = records.findById(recordId).orElseThrow();
            return result(sourceCode, record, status, "PENDING", null, null, warnings);
        }
        RecordLinking.Linked linked;
        try {
            linked = linking.apply(recordId, decision, decision.modelVersion(), actor);
        } catch (RuntimeException e) {
            if (effects != null) throw e;
            // a concurrent push of the same key (or the sweep) matched this record first: report what happened
            SourceRecord record = records.findById(recordId).orElseThrow();
            if (record.state() == SourceRecord.MatchState.PENDING) {
                // the master changed under the decision (a steward merged it meanwhile): the record is stored and
                // stays pending, and the catch-up job matches it again against the masters as they are now
                LOG.warn("record {}: linking failed, record kept pending for the catch-up: {}", recordId, Failures.describe(e));
                return result(sourceCode, record, status, "PENDING", null, null, warnings);
            }
            LOG.info("record {}: matched concurrently: {}", recordId, Failures.describe(e));
            return result(sourceCode, record, status, "LINKED", null, null, warnings);
        }
        flushIndex(linked.record(), effects);
        if (!linked.applied()) {
            mastering.recordChanged(linked.record(), actor);
            return result(sourceCode, linked.record(), status, "LINKED", null, null, warnings);
        }
        Long reviewId = null;
        if (linked.review() != null) {
            reviewId = linked.review().getId();
            if (effects == null) reviews.startProcesses(List.of(reviewId));
            else effects.reviewsToStart.add(reviewId);
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
                IngestResult result = matchPending("system:catch-up", sources.byId(pending.getSourceId()).code(), pending.getId(), false,
                        canonical, "PENDING", List.of(), null, null);
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

    private void flushIndex(SourceRecord record, Effects effects) {
        if (effects != null) {
            // in the buffer at once, for the next lines of the transaction; to the writer after the commit
            index.stage(record, effects.staged);
            return;
        }
        long recordId = record.getId();
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
