package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Estimates a model from records and steward decisions, as Splink does. u comes from random record pairs, nearly
 * all of which are different people. m comes from expectation-maximisation over the candidate pairs of each
 * blocking rule, with u fixed; a rule's own attributes agree within its pairs by construction and are left out of
 * its run, and each attribute's m is the mean over the runs that estimated it. Lambda, the probability that two
 * records are the same person, is the expected number of matches among all candidate pairs over the number of
 * record pairs. Steward decisions are pairs whose answer is known: an approved merge is a match, a not-a-match a
 * non-match, each counting as {@code label-weight} pairs in m (through EM) and, for non-matches, in u.
 * Every estimate is pulled towards the starting model by a few pseudo-pairs and floored, so that rare levels stay
 * finite. Pure and deterministic for the same records, labels and settings.
 */
public final class ModelEstimation {
    /** The version an estimate has until it is stored. */
    public static final String UNVERSIONED = "unversioned";
    /** Where EM starts lambda within one rule's pairs; the run moves it to the rule's own share of matches. */
    private static final double RULE_LAMBDA_START = 0.1;
    /** Lambda is a share of all record pairs, far below the floor of m and u on a large hub; this only avoids log(0). */
    private static final double LOWEST_LAMBDA = 1e-12;

    private final PairComparator comparator;
    private final MatchModel starting;
    private final TrainingSettings settings;
    private final List<BlockingRule> rules;
    private final List<String> attributes;
    private final List<Map<String, Integer>> levelIndex = new ArrayList<>();

    public ModelEstimation(PairComparator comparator, MatchModel starting, TrainingSettings settings) {
        this(comparator, starting, settings, BlockingRule.STANDARD);
    }

    public ModelEstimation(PairComparator comparator, MatchModel starting, TrainingSettings settings, List<BlockingRule> rules) {
        this.comparator = comparator;
        this.starting = starting;
        this.settings = settings;
        this.rules = List.copyOf(rules);
        this.attributes = List.copyOf(starting.levels().keySet());
        if (attributes.size() > ComparisonVector.MAX_ATTRIBUTES) throw new IllegalArgumentException("too many attributes to train");
        for (String attribute : attributes) {
            Map<String, Integer> index = new HashMap<>();
            for (String level : starting.levels().get(attribute).keySet()) index.put(level, index.size());
            levelIndex.add(index);
        }
    }

    public record Estimate(MatchModel model, TrainingSummary summary) {
    }

    public Estimate estimate(Map<Long, MatchKeys> records, List<LabelledPair> labels) {
        long began = System.nanoTime();
        Random random = new Random(settings.seed());
        long[] ids = records.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        MatchKeys[] keys = new MatchKeys[ids.length];
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            keys[i] = records.get(ids[i]);
            position.put(ids[i], i);
        }
        int n = ids.length;
        double floor = settings.minProbability();
        ExpectationMaximisation.Parameters start = parametersOf(starting);

        Labels known = labels(labels, position, keys, n);

        long randomPairs = 0;
        double[][] nonMatchCounts = ExpectationMaximisation.zeroLike(start.u());
        if (n >= 2) {
            long all = (long) n * (n - 1) / 2;
            if (all <= settings.randomPairs()) {
                for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) count(nonMatchCounts, vector(keys[i], keys[j]), 1);
                randomPairs = all;
            } else {
                for (int r = 0; r < settings.randomPairs(); r++) {
                    int i = random.nextInt(n);
                    int j = random.nextInt(n - 1);
                    if (j >= i) j++;
                    count(nonMatchCounts, vector(keys[i], keys[j]), 1);
                }
                randomPairs = settings.randomPairs();
            }
        }
        for (int k = 0; k < known.size(); k++) {
            if (!known.match[k]) count(nonMatchCounts, known.vectors[k], settings.labelWeight());
        }
        double[][] u = new double[attributes.size()][];
        for (int a = 0; a < u.length; a++) {
            u[a] = ExpectationMaximisation.smoothed(nonMatchCounts[a], start.u()[a], settings.startingUPairs(), floor);
        }

        double[][] mSum = ExpectationMaximisation.zeroLike(start.m());
        int[] mRuns = new int[attributes.size()];
        Map<String, TrainingSummary.RuleRun> runs = new LinkedHashMap<>();
        List<CandidatePairs> candidates = new ArrayList<>();
        for (BlockingRule rule : rules) {
            CandidatePairs pairs = candidatePairs(rule, keys, random);
            candidates.add(pairs);
            ExpectationMaximisation.Pairs em = new ExpectationMaximisation.Pairs();
            for (int i = 0; i < pairs.keys.length; i++) {
                if (!known.keys.contains(pairs.keys[i])) em.add(pairs.vectors[i]);
            }
            for (int k = 0; k < known.size(); k++) em.add(known.vectors[k], settings.labelWeight(), known.match[k] ? 1 : 0);
            boolean[] active = new boolean[attributes.size()];
            for (int a = 0; a < active.length; a++) active[a] = !rule.leavesOut().contains(attributes.get(a));
            ExpectationMaximisation.Result result = ExpectationMaximisation.run(em,
                    new ExpectationMaximisation.Parameters(RULE_LAMBDA_START, start.m(), u),
                    new ExpectationMaximisation.Options(active, false, settings.startingMPairs(), 0,
                            settings.maxIterations(), settings.tolerance(), floor));
            if (em.size() > 0) {
                for (int a = 0; a < active.length; a++) {
                    if (!active[a]) continue;
                    for (int l = 0; l < mSum[a].length; l++) mSum[a][l] += result.parameters().m()[a][l];
                    mRuns[a]++;
                }
            }
            runs.put(rule.name(), new TrainingSummary.RuleRun(pairs.keys.length, result.iterations(), result.converged(),
                    Math.round(result.expectedMatches() * 100) / 100.0));
        }
        double[][] m = new double[attributes.size()][];
        for (int a = 0; a < m.length; a++) {
            m[a] = new double[mSum[a].length];
            for (int l = 0; l < m[a].length; l++) m[a][l] = mRuns[a] > 0 ? mSum[a][l] / mRuns[a] : start.m()[a][l];
        }

        long[] union = unionOf(candidates, known);
        double lambda = lambda(union, known, m, u, n);
        MatchModel model = modelOf(lambda, m, u);
        TrainingSummary summary = new TrainingSummary(starting.version(), n, randomPairs, runs, known.count(true),
                known.count(false), known.skipped, lambda, union.length, (System.nanoTime() - began) / 1_000_000);
        return new Estimate(model, summary);
    }

    /** The comparison vector of two records. */
    long vector(MatchKeys a, MatchKeys b) {
        int[] levels = new int[attributes.size()];
        Arrays.fill(levels, -1);
        for (Comparison c : comparator.compare(a, b)) {
            int attribute = attributes.indexOf(c.attribute());
            if (attribute < 0) continue;
            Integer level = levelIndex.get(attribute).get(c.level());
            if (level == null) throw new IllegalStateException("the starting model lacks level " + c.attribute() + "." + c.level());
            levels[attribute] = level;
        }
        return ComparisonVector.pack(levels);
    }

    private static void count(double[][] counts, long vector, double weight) {
        for (int a = 0; a < counts.length; a++) {
            int level = ComparisonVector.level(vector, a);
            if (level >= 0) counts[a][level] += weight;
        }
    }

    /** Distinct pairs of records sharing a key of the rule, in a bounded number: big blocks are sampled. */
    private CandidatePairs candidatePairs(BlockingRule rule, MatchKeys[] keys, Random random) {
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            for (String key : rule.keys().apply(keys[i])) blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> order = new ArrayList<>(blocks.values());
        Collections.shuffle(order, random);
        Set<Long> pairs = new HashSet<>();
        long n = keys.length;
        outer:
        for (List<Integer> block : order) {
            if (block.size() < 2) continue;
            List<Integer> members = block;
            if (block.size() > settings.maxBlockSize()) {
                members = new ArrayList<>(block);
                Collections.shuffle(members, random);
                members = members.subList(0, settings.maxBlockSize());
            }
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int i = Math.min(members.get(x), members.get(y));
                    int j = Math.max(members.get(x), members.get(y));
                    if (i == j) continue;
                    pairs.add(i * n + j);
                    if (pairs.size() >= settings.maxPairsPerRule()) break outer;
                }
            }
        }
        long[] sorted = pairs.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] vectors = new long[sorted.length];
        for (int k = 0; k < sorted.length; k++) vectors[k] = vector(keys[(int) (sorted[k] / n)], keys[(int) (sorted[k] % n)]);
        return new CandidatePairs(sorted, vectors);
    }

    /** The vectors of all distinct candidate pairs of all rules that are not labelled. */
    private static long[] unionOf(List<CandidatePairs> candidates, Labels known) {
        long[] vectors = new long[candidates.stream().mapToInt(c -> c.keys.length).sum()];
        int size = 0;
        for (int r = 0; r < candidates.size(); r++) {
            CandidatePairs c = candidates.get(r);
            for (int i = 0; i < c.keys.length; i++) {
                if (known.keys.contains(c.keys[i]) || inEarlierRule(candidates, r, c.keys[i])) continue;
                vectors[size++] = c.vectors[i];
            }
        }
        return Arrays.copyOf(vectors, size);
    }

    private static boolean inEarlierRule(List<CandidatePairs> candidates, int rule, long key) {
        for (int r = 0; r < rule; r++) if (Arrays.binarySearch(candidates.get(r).keys, key) >= 0) return true;
        return false;
    }

    /**
     * Lambda over all record pairs: pairs outside every block are taken as non-matches, so the expected matches among
     * the candidate pairs (and the labelled ones), divided by the number of record pairs, is the fixed point.
     */
    private double lambda(long[] candidates, Labels known, double[][] m, double[][] u, int n) {
        if (n < 2) return starting.lambda();
        double recordPairs = (double) n * (n - 1) / 2;
        double lowest = LOWEST_LAMBDA;
        double highest = 1 - settings.minProbability();
        double knownMatches = known.count(true);
        double lambda = Math.min(highest, Math.max(lowest, (candidates.length + knownMatches) / recordPairs / 2));
        boolean[] all = new boolean[attributes.size()];
        Arrays.fill(all, true);
        for (int iteration = 0; iteration < settings.maxIterations(); iteration++) {
            ExpectationMaximisation.Parameters p = new ExpectationMaximisation.Parameters(lambda, m, u);
            double expected = knownMatches;
            for (long vector : candidates) expected += ExpectationMaximisation.posterior(vector, p, all);
            double next = Math.min(highest, Math.max(lowest, expected / recordPairs));
            boolean settled = Math.abs(next - lambda) <= settings.tolerance() * lambda;
            lambda = next;
            if (settled) break;
        }
        return lambda;
    }

    private MatchModel modelOf(double lambda, double[][] m, double[][] u) {
        Map<String, Map<String, LevelParameters>> levels = new LinkedHashMap<>();
        for (int a = 0; a < attributes.size(); a++) {
            Map<String, LevelParameters> byLevel = new LinkedHashMap<>();
            int l = 0;
            for (String level : starting.levels().get(attributes.get(a)).keySet()) {
                byLevel.put(level, new LevelParameters(m[a][l], u[a][l]));
                l++;
            }
            levels.put(attributes.get(a), byLevel);
        }
        return new MatchModel(UNVERSIONED, lambda, levels);
    }

    private ExpectationMaximisation.Parameters parametersOf(MatchModel model) {
        double[][] m = new double[attributes.size()][];
        double[][] u = new double[attributes.size()][];
        for (int a = 0; a < attributes.size(); a++) {
            List<LevelParameters> levels = new ArrayList<>(model.levels().get(attributes.get(a)).values());
            m[a] = levels.stream().mapToDouble(LevelParameters::m).toArray();
            u[a] = levels.stream().mapToDouble(LevelParameters::u).toArray();
        }
        return new ExpectationMaximisation.Parameters(model.lambda(), m, u);
    }

    private Labels labels(List<LabelledPair> labels, Map<Long, Integer> position, MatchKeys[] keys, int n) {
        Labels known = new Labels(labels.size());
        for (LabelledPair label : labels) {
            Integer a = position.get(label.recordA());
            Integer b = position.get(label.recordB());
            if (a == null || b == null || a.equals(b)) {
                known.skipped++;
                continue;
            }
            int i = Math.min(a, b);
            int j = Math.max(a, b);
            if (!known.keys.add((long) i * n + j)) continue;
            known.add(vector(keys[i], keys[j]), label.match());
        }
        return known;
    }

    private record CandidatePairs(long[] keys, long[] vectors) {
    }

    /** Labelled pairs by record position: their pair keys, comparison vectors and answers. */
    private static final class Labels {
        final Set<Long> keys = new HashSet<>();
        long[] vectors;
        boolean[] match;
        int size;
        int skipped;

        Labels(int capacity) {
            vectors = new long[capacity];
            match = new boolean[capacity];
        }

        void add(long vector, boolean isMatch) {
            vectors[size] = vector;
            match[size] = isMatch;
            size++;
        }

        int size() {
            return size;
        }

        int count(boolean isMatch) {
            int c = 0;
            for (int k = 0; k < size; k++) if (match[k] == isMatch) c++;
            return c;
        }
    }
}
