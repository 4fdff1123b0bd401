package org.customerhub.cleansing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per source: how many values the cleansers checked and changed, what became of the changes (accepted by the
 * routing table or a steward, edited, rejected, waiting), the result statuses and the codes that dominate.
 * Counted by the database (group-by queries over the findings written with each proposal).
 */
@Singleton
public class DataQuality {
    private static final int TOP_CODES = 8;
    private final CleansingQueries queries;
    private final SourceRegistry sources;

    public DataQuality(CleansingQueries queries, SourceRegistry sources) {
        this.queries = queries;
        this.sources = sources;
    }

    public record CodeCount(String code, long count) {
    }

    /**
     * @param valuesByOutcome changed values by what became of their proposal: ACCEPTED, REJECTED, PENDING, SUPERSEDED
     * @param statuses        checked values by result status (wire names)
     */
    public record SourceQuality(String source, long valuesChecked, long valuesChanged, Map<String, Long> valuesByOutcome,
                                long proposalsAutoAccepted, long proposalsStewardAccepted, long proposalsEdited,
                                long proposalsRejected, long proposalsWaiting, Map<String, Long> statuses, List<CodeCount> topCodes) {
        public long valuesAccepted() {
            return valuesByOutcome.getOrDefault("ACCEPTED", 0L);
        }

        public long valuesRejected() {
            return valuesByOutcome.getOrDefault("REJECTED", 0L);
        }

        public long valuesWaiting() {
            return valuesByOutcome.getOrDefault("PENDING", 0L);
        }

        /** The largest code count, for scaling a chart. */
        public long maxCodeCount() {
            return topCodes.stream().mapToLong(CodeCount::count).max().orElse(0);
        }
    }

    @Transactional
    public List<SourceQuality> bySource() {
        Map<Long, Long> checked = new LinkedHashMap<>();
        Map<Long, Long> changed = new LinkedHashMap<>();
        Map<Long, Map<String, Long>> statuses = new LinkedHashMap<>();
        for (Object[] row : queries.aggregate("SELECT f.sourceId, f.resultStatus, f.changed, COUNT(f) FROM CleansingField f "
                + "GROUP BY f.sourceId, f.resultStatus, f.changed")) {
            long source = (Long) row[0];
            long n = ((Number) row[3]).longValue();
            checked.merge(source, n, Long::sum);
            if (Boolean.TRUE.equals(row[2])) changed.merge(source, n, Long::sum);
            statuses.computeIfAbsent(source, s -> new LinkedHashMap<>()).merge((String) row[1], n, Long::sum);
        }
        Map<Long, Map<String, Long>> outcomes = new LinkedHashMap<>();
        for (Object[] row : queries.aggregate("SELECT f.sourceId, p.status, COUNT(f) FROM CleansingField f, CleansingProposal p "
                + "WHERE f.proposalId = p.id AND f.changed = true GROUP BY f.sourceId, p.status")) {
            outcomes.computeIfAbsent((Long) row[0], s -> new LinkedHashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        Map<Long, long[]> decisions = new LinkedHashMap<>();
        for (Object[] row : queries.aggregate("SELECT p.sourceId, p.status, p.decidedBy, p.edited, COUNT(p) FROM CleansingProposal p "
                + "WHERE p.status IN ('ACCEPTED', 'REJECTED', 'PENDING') GROUP BY p.sourceId, p.status, p.decidedBy, p.edited")) {
            long[] d = decisions.computeIfAbsent((Long) row[0], s -> new long[5]);
            long n = ((Number) row[4]).longValue();
            switch ((String) row[1]) {
                case "ACCEPTED" -> {
                    if (ProposalDecisions.ROUTING.equals(row[2])) d[0] += n;
                    else if (Boolean.TRUE.equals(row[3])) d[2] += n;
                    else d[1] += n;
                }
                case "REJECTED" -> d[3] += n;
                default -> d[4] += n;
            }
        }
        Map<Long, List<CodeCount>> codes = new LinkedHashMap<>();
        for (Object[] row : queries.aggregate("SELECT c.sourceId, c.code, COUNT(c) FROM CleansingCode c GROUP BY c.sourceId, c.code")) {
            codes.computeIfAbsent((Long) row[0], s -> new ArrayList<>()).add(new CodeCount((String) row[1], ((Number) row[2]).longValue()));
        }
        List<SourceQuality> result = new ArrayList<>();
        for (SourceInfo source : sources.list()) {
            if (!checked.containsKey(source.id())) continue;
            long[] d = decisions.getOrDefault(source.id(), new long[5]);
            List<CodeCount> top = codes.getOrDefault(source.id(), List.of()).stream()
                    .sorted(Comparator.comparingLong(CodeCount::count).reversed().thenComparing(CodeCount::code)).limit(TOP_CODES).toList();
            result.add(new SourceQuality(source.code(), checked.get(source.id()), changed.getOrDefault(source.id(), 0L),
                    outcomes.getOrDefault(source.id(), Map.of()), d[0], d[1], d[2], d[3], d[4],
                    statuses.getOrDefault(source.id(), Map.of()), top));
        }
        return result;
    }
}
