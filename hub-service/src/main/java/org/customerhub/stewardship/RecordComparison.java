package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.MasterView;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.PairScorer;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceRegistry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Up to five source records side by side, attribute by attribute, with where they agree and conflict and how
 * likely each is the same person as the first one. For a review: its two records first, then the other records of
 * both masters, so that the steward sees everything a merge would join.
 */
@Singleton
public class RecordComparison {
    public static final int MAX_RECORDS = 5;
    private final SourceRecordRepository records;
    private final SourceRegistry sources;
    private final MasteringService mastering;
    private final PairScorer scorer;
    private final MergeReviewRepository reviews;

    public RecordComparison(SourceRecordRepository records, SourceRegistry sources, MasteringService mastering, PairScorer scorer,
                            MergeReviewRepository reviews) {
        this.records = records;
        this.sources = sources;
        this.mastering = mastering;
        this.scorer = scorer;
        this.reviews = reviews;
    }

    /**
     * @param probability match probability against the first record (null for the first itself)
     * @param customerNumber the record's master now; null while the record waits for matching
     */
    public record Column(long recordId, String source, String sourceKey, String customerNumber, Double probability) {
    }

    /** One value of a row; {@code differs}: present and not the first record's value. */
    public record Cell(String value, boolean differs) {
    }

    /** @param state agree (all present and equal), conflict (two different values), missing (equal where present) */
    public record Row(String attribute, List<Cell> cells, String state) {
    }

    /** @param others how many further records of the masters did not fit on the page */
    public record Comparison(List<Column> columns, List<Row> rows, int others) {
    }

    @Transactional
    public Comparison of(Principal steward, List<Long> recordIds) {
        requireSteward(steward);
        Set<Long> ids = new LinkedHashSet<>(recordIds);
        if (ids.size() < 2 || ids.size() > MAX_RECORDS) {
            throw RequestRefused.invalid("Choose 2 to " + MAX_RECORDS + " records", List.of(new Violation("records",
                    "give 2 to " + MAX_RECORDS + " different source record ids, separated by commas")));
        }
        Map<Long, SourceRecord> found = records.findByIdIn(ids).stream().collect(Collectors.toMap(SourceRecord::getId, Function.identity()));
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) throw RequestRefused.notFound("source record", missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return compare(ids.stream().map(found::get).toList(), 0);
    }

    /** The review's record and candidate, then the other records of both masters, at most {@link #MAX_RECORDS}. */
    @Transactional
    public Comparison forReview(Principal steward, long reviewId) {
        requireSteward(steward);
        MergeReview review = reviews.findById(reviewId).orElseThrow(() -> RequestRefused.notFound("review", String.valueOf(reviewId)));
        Set<Long> ids = new LinkedHashSet<>(List.of(review.getSourceRecordId(), review.getCandidateRecordId()));
        for (long master : List.of(review.getRecordMasterId(), review.getCandidateMasterId())) {
            mastering.view(master).sourceRecords().stream().map(MasterView.CrossReference::recordId).forEach(ids::add);
        }
        List<Long> shown = ids.stream().limit(MAX_RECORDS).toList();
        Map<Long, SourceRecord> found = records.findByIdIn(shown).stream().collect(Collectors.toMap(SourceRecord::getId, Function.identity()));
        return compare(shown.stream().map(found::get).filter(Objects::nonNull).toList(), ids.size() - shown.size());
    }

    private Comparison compare(List<SourceRecord> shown, int others) {
        List<CanonicalRecord> canonical = shown.stream().map(r -> CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson()))).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            SourceRecord r = shown.get(i);
            Double probability = i == 0 ? null : scorer.score(ReviewService.keys(shown.get(0)), ReviewService.keys(r)).probability();
            columns.add(new Column(r.getId(), sources.byId(r.getSourceId()).code(), r.getSourceKey(),
                    r.getMasterId() == null ? null : mastering.active(r.getMasterId()).getCustomerNumber(), probability));
        }
        List<Row> rows = new ArrayList<>();
        for (CanonicalAttribute a : CanonicalAttribute.values()) {
            List<String> values = canonical.stream().map(c -> c.getOrNull(a)).toList();
            if (values.stream().allMatch(Objects::isNull)) continue;
            String first = values.get(0);
            List<Cell> cells = values.stream().map(v -> new Cell(v, v != null && first != null && !v.equalsIgnoreCase(first))).toList();
            long distinct = values.stream().filter(Objects::nonNull).map(String::toLowerCase).distinct().count();
            String state = distinct > 1 ? "conflict" : values.contains(null) ? "missing" : "agree";
            rows.add(new Row(a.wireName().replace('_', ' '), cells, state));
        }
        return new Comparison(columns, rows, others);
    }

    private static void requireSteward(Principal p) {
        if (!p.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards compare source records");
    }
}
