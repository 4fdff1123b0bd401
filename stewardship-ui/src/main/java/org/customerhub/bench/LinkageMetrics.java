package org.customerhub.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise quality of a linkage against ground truth. Records are numbered in arrival order (0, 1, ...); the
 * truth gives each record its entity, the hub's result puts each stored record in a cluster (its master). Two
 * records form a true pair when they share an entity and a predicted pair when they share a cluster. A record
 * the hub refused has no cluster: its true pairs count as missed.
 */
public final class LinkageMetrics {

    private LinkageMetrics() {
    }

    /** Pair counts, and precision, recall and F1 from them (NaN where a ratio has nothing to divide by). */
    public record PairCounts(long truePairs, long predictedPairs, long truePositives) {
        public double precision() {
            return ratio(truePositives, predictedPairs);
        }

        public double recall() {
            return ratio(truePositives, truePairs);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }

        public long falsePositives() {
            return predictedPairs - truePositives;
        }

        public long falseNegatives() {
            return truePairs - truePositives;
        }
    }

    /** A merge review: the record it was opened for and the candidate record it was compared with. */
    public record ReviewPair(int record, int candidate) {
    }

    /**
     * How often candidate search found the earlier record of a true pair when the later one was matched.
     *
     * @param truePairs              true pairs, each counted once (earlier, later)
     * @param pairsFound             pairs whose later record's candidates contained the earlier record
     * @param recordsWithEarlierMatch records that arrived after at least one record of their entity
     * @param recordsFindingOne      of those, records whose candidates contained at least one such record
     */
    /**
     * @param missed the true pairs blocking did not propose
     */
    public record BlockingRecall(long truePairs, long pairsFound, long recordsWithEarlierMatch, long recordsFindingOne,
                                 List<Missed> missed) {
        public double pairRecall() {
            return ratio(pairsFound, truePairs);
        }

        public double recordRecall() {
            return ratio(recordsFindingOne, recordsWithEarlierMatch);
        }
    }

    /**
     * @param entityOf  the true entity of every record, by arrival number
     * @param clusterOf the cluster (master) of every stored record; refused records are absent
     */
    public static PairCounts count(List<String> entityOf, Map<Integer, Long> clusterOf) {
        Map<String, Long> recordsPerEntity = new HashMap<>();
        entityOf.forEach(e -> recordsPerEntity.merge(e, 1L, Long::sum));
        Map<Long, Long> recordsPerCluster = new HashMap<>();
        Map<Long, Map<String, Long>> entitiesPerCluster = new HashMap<>();
        clusterOf.forEach((record, cluster) -> {
            recordsPerCluster.merge(cluster, 1L, Long::sum);
            entitiesPerCluster.computeIfAbsent(cluster, c -> new HashMap<>()).merge(entityOf.get(record), 1L, Long::sum);
        });
        long truePositives = entitiesPerCluster.values().stream()
                .flatMap(byEntity -> byEntity.values().stream()).mapToLong(LinkageMetrics::pairs).sum();
        return new PairCounts(
                recordsPerEntity.values().stream().mapToLong(LinkageMetrics::pairs).sum(),
                recordsPerCluster.values().stream().mapToLong(LinkageMetrics::pairs).sum(),
                truePositives);
    }

    /**
     * The clusters after a steward decided every open review correctly: a review whose two records are the same
     * entity is approved and merges the two clusters (as the hub merges two masters), any other is rejected and
     * changes nothing.
     */
    public static Map<Integer, Long> withReviewsDecided(List<String> entityOf, Map<Integer, Long> clusterOf,
                                                        List<ReviewPair> reviews) {
        Map<Long, Long> parent = new HashMap<>();
        for (ReviewPair review : reviews) {
            Long a = clusterOf.get(review.record());
            Long b = clusterOf.get(review.candidate());
            if (a == null || b == null) throw new IllegalArgumentException("review of a record without a cluster: " + review);
            if (!entityOf.get(review.record()).equals(entityOf.get(review.candidate()))) continue;
            Long rootA = root(parent, a);
            Long rootB = root(parent, b);
            // the older master survives a merge, as in the hub; for the counts only the grouping matters
            if (!rootA.equals(rootB)) parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
        }
        Map<Integer, Long> decided = new HashMap<>();
        clusterOf.forEach((record, cluster) -> decided.put(record, root(parent, cluster)));
        return decided;
    }

    /**
     * @param candidatesOf for every record that went through matching, the records candidate search proposed
     *                     for it (by arrival number)
     */
    /** A true pair that blocking did not propose: the later record, by arrival number, and the earlier one. */
    public record Missed(int later, int earlier) {
    }

    public static BlockingRecall blocking(List<String> entityOf, Map<Integer, Set<Integer>> candidatesOf) {
        Map<String, List<Integer>> earlier = new HashMap<>();
        long pairs = 0;
        long found = 0;
        long withEarlier = 0;
        long findingOne = 0;
        List<Missed> missed = new ArrayList<>();
        for (int record = 0; record < entityOf.size(); record++) {
            List<Integer> before = earlier.computeIfAbsent(entityOf.get(record), e -> new ArrayList<>());
            Set<Integer> candidates = candidatesOf.getOrDefault(record, Set.of());
            long hits = before.stream().filter(candidates::contains).count();
            for (int earlierRecord : before) if (!candidates.contains(earlierRecord)) missed.add(new Missed(record, earlierRecord));
            pairs += before.size();
            found += hits;
            if (!before.isEmpty()) {
                withEarlier++;
                if (hits > 0) findingOne++;
            }
            before.add(record);
        }
        return new BlockingRecall(pairs, found, withEarlier, findingOne, List.copyOf(missed));
    }

    private static Long root(Map<Long, Long> parent, Long cluster) {
        Long root = cluster;
        while (parent.containsKey(root)) root = parent.get(root);
        return root;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
