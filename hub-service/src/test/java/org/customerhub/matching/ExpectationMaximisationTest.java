package org.customerhub.matching;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** EM finds the m, u and lambda that generated synthetic comparison vectors. */
class ExpectationMaximisationTest {
    static final double LAMBDA = 0.25;
    static final double[][] M = {{0.85, 0.10, 0.05}, {0.70, 0.20, 0.10}, {0.90, 0.05, 0.05}, {0.60, 0.30, 0.10}, {0.80, 0.20}};
    static final double[][] U = {{0.02, 0.08, 0.90}, {0.05, 0.15, 0.80}, {0.01, 0.04, 0.95}, {0.10, 0.20, 0.70}, {0.30, 0.70}};
    static final boolean[] ALL = {true, true, true, true, true};

    /** Pairs drawn from the model above; each attribute is missing in one pair of ten. */
    static ExpectationMaximisation.Pairs draw(int count, long seed) {
        Random random = new Random(seed);
        ExpectationMaximisation.Pairs pairs = new ExpectationMaximisation.Pairs();
        for (int i = 0; i < count; i++) {
            double[][] source = random.nextDouble() < LAMBDA ? M : U;
            int[] levels = new int[source.length];
            for (int a = 0; a < source.length; a++) levels[a] = random.nextDouble() < 0.1 ? -1 : pick(source[a], random);
            pairs.add(ComparisonVector.pack(levels));
        }
        return pairs;
    }

    static int pick(double[] distribution, Random random) {
        double r = random.nextDouble();
        for (int l = 0; l < distribution.length; l++) {
            r -= distribution[l];
            if (r < 0) return l;
        }
        return distribution.length - 1;
    }

    static double[][] flat(double first, double rest) {
        double[][] out = new double[M.length][];
        for (int a = 0; a < M.length; a++) {
            out[a] = new double[M[a].length];
            Arrays.fill(out[a], (1 - first) / (M[a].length - 1) * rest);
            out[a][0] = first;
        }
        return out;
    }

    static ExpectationMaximisation.Options options(boolean estimateU) {
        return new ExpectationMaximisation.Options(ALL, estimateU, 0, 0, 500, 1e-7, 1e-6);
    }

    @Test
    void recoversMAndLambdaWithUFixedFromRandomPairs() {
        ExpectationMaximisation.Result result = ExpectationMaximisation.run(draw(40_000, 1),
                new ExpectationMaximisation.Parameters(0.5, flat(0.5, 1), U), options(false));

        assertThat(result.converged()).isTrue();
        assertThat(result.parameters().lambda()).isCloseTo(LAMBDA, within(0.01));
        for (int a = 0; a < M.length; a++) {
            for (int l = 0; l < M[a].length; l++) {
                assertThat(result.parameters().m()[a][l]).as("m[%d][%d]", a, l).isCloseTo(M[a][l], within(0.02));
            }
        }
    }

    @Test
    void recoversMUAndLambdaTogether() {
        ExpectationMaximisation.Result result = ExpectationMaximisation.run(draw(40_000, 2),
                new ExpectationMaximisation.Parameters(0.1, flat(0.6, 1), flat(0.1, 1)), options(true));

        assertThat(result.parameters().lambda()).isCloseTo(LAMBDA, within(0.015));
        for (int a = 0; a < M.length; a++) {
            for (int l = 0; l < M[a].length; l++) {
                assertThat(result.parameters().m()[a][l]).as("m[%d][%d]", a, l).isCloseTo(M[a][l], within(0.03));
                assertThat(result.parameters().u()[a][l]).as("u[%d][%d]", a, l).isCloseTo(U[a][l], within(0.03));
            }
        }
        assertThat(result.expectedMatches()).isCloseTo(LAMBDA * 40_000, within(600.0));
    }

    @Test
    void pairsWithAKnownAnswerKeepItAndCountByTheirWeight() {
        ExpectationMaximisation.Pairs pairs = draw(5_000, 3);
        // known matches that all agree at level 1 of attribute 0, each counting as 20 pairs
        long vector = ComparisonVector.pack(new int[]{1, 0, 0, 0, 0});
        for (int i = 0; i < 50; i++) pairs.add(vector, 20, 1.0);

        double without = ExpectationMaximisation.run(draw(5_000, 3), new ExpectationMaximisation.Parameters(0.5, flat(0.5, 1), U), options(false))
                .parameters().m()[0][1];
        double with = ExpectationMaximisation.run(pairs, new ExpectationMaximisation.Parameters(0.5, flat(0.5, 1), U), options(false))
                .parameters().m()[0][1];

        assertThat(with).isGreaterThan(without + 0.1);
    }

    @Test
    void aLevelNeverSeenStaysAboveTheFloorAndNothingIsNaN() {
        ExpectationMaximisation.Pairs pairs = new ExpectationMaximisation.Pairs();
        for (int i = 0; i < 100; i++) pairs.add(ComparisonVector.pack(new int[]{0, 0, 0, 0, 0}));

        ExpectationMaximisation.Result result = ExpectationMaximisation.run(pairs,
                new ExpectationMaximisation.Parameters(0.5, flat(0.5, 1), flat(0.5, 1)), options(true));

        for (double[][] p : new double[][][]{result.parameters().m(), result.parameters().u()}) {
            for (double[] levels : p) {
                for (double v : levels) assertThat(v).isBetween(1e-6, 1 - 1e-6).isNotNaN();
            }
        }
        assertThat(result.parameters().lambda()).isBetween(1e-6, 1 - 1e-6);
    }

    @Test
    void anAttributeLeftOutKeepsItsStartingValues() {
        boolean[] withoutFirst = {false, true, true, true, true};
        double[][] start = flat(0.5, 1);

        ExpectationMaximisation.Result result = ExpectationMaximisation.run(draw(5_000, 4),
                new ExpectationMaximisation.Parameters(0.5, start, U),
                new ExpectationMaximisation.Options(withoutFirst, false, 0, 0, 200, 1e-7, 1e-6));

        assertThat(result.parameters().m()[0]).containsExactly(start[0]);
    }
}
