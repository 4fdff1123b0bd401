package org.customerhub.matching;

import java.util.Arrays;

/**
 * Expectation-maximisation for the Fellegi-Sunter model (conditional independence of the attributes given match
 * status) over comparison vectors. The E-step gives each pair its posterior probability of being a match, the
 * M-step re-estimates lambda, m and (unless fixed) u as posterior-weighted level frequencies. Pairs with a known
 * answer (steward decisions) keep it. Estimates are pulled towards the starting values by a configurable number of
 * pseudo-pairs and kept within [floor, 1 - floor], so that a level never seen gives no certainty and nothing is
 * ever zero or NaN. Pure and deterministic.
 */
public final class ExpectationMaximisation {

    private ExpectationMaximisation() {
    }

    /** Comparison vectors with a weight each (how many pairs it counts as) and a known posterior (NaN: unknown). */
    public static final class Pairs {
        private long[] vectors = new long[1024];
        private double[] weights = new double[1024];
        private double[] known = new double[1024];
        private int size;

        public void add(long vector, double weight, double knownPosterior) {
            if (size == vectors.length) {
                vectors = Arrays.copyOf(vectors, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
                known = Arrays.copyOf(known, size * 2);
            }
            vectors[size] = vector;
            weights[size] = weight;
            known[size] = knownPosterior;
            size++;
        }

        public void add(long vector) {
            add(vector, 1, Double.NaN);
        }

        public int size() {
            return size;
        }
    }

    /** lambda, and m and u per attribute and level index. */
    public record Parameters(double lambda, double[][] m, double[][] u) {
        public Parameters copy() {
            return new Parameters(lambda, deepCopy(m), deepCopy(u));
        }
    }

    /**
     * @param attributes     which attributes take part; the others are ignored and keep their starting m and u
     * @param estimateU      whether u is re-estimated too (classic EM) or stays fixed (u from random pairs)
     * @param mPriorPairs    pseudo-pairs of the starting m each estimate is pulled towards
     * @param uPriorPairs    likewise for u
     */
    public record Options(boolean[] attributes, boolean estimateU, double mPriorPairs, double uPriorPairs,
                          int maxIterations, double tolerance, double floor) {
    }

    public record Result(Parameters parameters, int iterations, boolean converged, double expectedMatches) {
    }

    public static Result run(Pairs pairs, Parameters start, Options options) {
        int attributes = start.m().length;
        Parameters current = start.copy();
        double[] posterior = new double[pairs.size];
        int iteration = 0;
        boolean converged = false;
        while (iteration < options.maxIterations() && !converged) {
            iteration++;
            expect(pairs, current, options.attributes(), posterior);
            Parameters next = maximise(pairs, posterior, start, current, options, attributes);
            converged = largestChange(current, next, options.attributes()) < options.tolerance();
            current = next;
        }
        expect(pairs, current, options.attributes(), posterior);
        double expected = 0;
        for (int i = 0; i < pairs.size; i++) expected += pairs.weights[i] * posterior[i];
        return new Result(current, iteration, converged, expected);
    }

    /** The posterior match probability of one vector under the given parameters, over the given attributes. */
    public static double posterior(long vector, Parameters p, boolean[] attributes) {
        double logMatch = Math.log(p.lambda());
        double logNonMatch = Math.log(1 - p.lambda());
        for (int a = 0; a < p.m().length; a++) {
            if (!attributes[a]) continue;
            int level = ComparisonVector.level(vector, a);
            if (level < 0) continue;
            logMatch += Math.log(p.m()[a][level]);
            logNonMatch += Math.log(p.u()[a][level]);
        }
        return 1 / (1 + Math.exp(logNonMatch - logMatch));
    }

    private static void expect(Pairs pairs, Parameters p, boolean[] attributes, double[] posterior) {
        for (int i = 0; i < pairs.size; i++) {
            posterior[i] = Double.isNaN(pairs.known[i]) ? posterior(pairs.vectors[i], p, attributes) : pairs.known[i];
        }
    }

    private static Parameters maximise(Pairs pairs, double[] posterior, Parameters start, Parameters current,
                                       Options options, int attributes) {
        double[][] matchCounts = zeroLike(start.m());
        double[][] nonMatchCounts = zeroLike(start.u());
        double weightedMatches = 0;
        double weightTotal = 0;
        for (int i = 0; i < pairs.size; i++) {
            double w = pairs.weights[i];
            double p = posterior[i];
            weightedMatches += w * p;
            weightTotal += w;
            long vector = pairs.vectors[i];
            for (int a = 0; a < attributes; a++) {
                if (!options.attributes()[a]) continue;
                int level = ComparisonVector.level(vector, a);
                if (level < 0) continue;
                matchCounts[a][level] += w * p;
                nonMatchCounts[a][level] += w * (1 - p);
            }
        }
        double lambda = weightTotal > 0 ? clamp(weightedMatches / weightTotal, options.floor()) : current.lambda();
        double[][] m = deepCopy(current.m());
        double[][] u = deepCopy(current.u());
        for (int a = 0; a < attributes; a++) {
            if (!options.attributes()[a]) continue;
            m[a] = smoothed(matchCounts[a], start.m()[a], options.mPriorPairs(), options.floor());
            if (options.estimateU()) u[a] = smoothed(nonMatchCounts[a], start.u()[a], options.uPriorPairs(), options.floor());
        }
        return new Parameters(lambda, m, u);
    }

    /**
     * Level frequencies from (weighted) counts, pulled towards {@code prior} by {@code priorPairs} pseudo-pairs and
     * kept within [floor, 1 - floor]. With no counts and no prior pairs the prior itself is returned.
     */
    public static double[] smoothed(double[] counts, double[] prior, double priorPairs, double floor) {
        double total = 0;
        for (double c : counts) total += c;
        double[] out = new double[counts.length];
        for (int l = 0; l < counts.length; l++) {
            double value = total + priorPairs > 0 ? (counts[l] + priorPairs * prior[l]) / (total + priorPairs) : prior[l];
            out[l] = clamp(value, floor);
        }
        return out;
    }

    static double clamp(double value, double floor) {
        if (Double.isNaN(value)) return floor;
        return Math.max(floor, Math.min(1 - floor, value));
    }

    private static double largestChange(Parameters a, Parameters b, boolean[] attributes) {
        double change = Math.abs(a.lambda() - b.lambda());
        for (int i = 0; i < a.m().length; i++) {
            if (!attributes[i]) continue;
            for (int l = 0; l < a.m()[i].length; l++) {
                change = Math.max(change, Math.abs(a.m()[i][l] - b.m()[i][l]));
                change = Math.max(change, Math.abs(a.u()[i][l] - b.u()[i][l]));
            }
        }
        return change;
    }

    static double[][] zeroLike(double[][] shape) {
        double[][] out = new double[shape.length][];
        for (int i = 0; i < shape.length; i++) out[i] = new double[shape[i].length];
        return out;
    }

    static double[][] deepCopy(double[][] source) {
        double[][] out = new double[source.length][];
        for (int i = 0; i < source.length; i++) out[i] = source[i].clone();
        return out;
    }
}
