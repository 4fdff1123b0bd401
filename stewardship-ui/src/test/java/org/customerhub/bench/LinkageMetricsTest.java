package org.customerhub.bench;

import org.customerhub.bench.LinkageMetrics.BlockingRecall;
import org.customerhub.bench.LinkageMetrics.PairCounts;
import org.customerhub.bench.LinkageMetrics.ReviewPair;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hand-made linkage: records 0-6 in arrival order belong to the people a, a, b, a, c, c, b. The hub put 0, 1
 * and 2 on one master (one right pair, two wrong), 3 on its own (a missed a), 4 and 5 apart with a review between
 * them, and refused record 6.
 */
class LinkageMetricsTest {

    private static final List<String> ENTITIES = List.of("a", "a", "b", "a", "c", "c", "b");
    private static final Map<Integer, Long> MASTERS = Map.of(0, 10L, 1, 10L, 2, 10L, 3, 11L, 4, 12L, 5, 13L);

    @Test
    void countsTruePredictedAndRightPairsFromMastersAndTruth() {
        PairCounts counts = LinkageMetrics.count(ENTITIES, MASTERS);

        // true: a has 3 records (3 pairs), b 2 (1 pair, one side refused), c 2 (1 pair)
        assertThat(counts).isEqualTo(new PairCounts(5, 3, 1));
        assertThat(counts.precision()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(counts.recall()).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(counts.f1()).isCloseTo(2 * (1 / 3.0) * (1 / 5.0) / (1 / 3.0 + 1 / 5.0), within(1e-12));
        assertThat(counts.falsePositives()).isEqualTo(2);
        assertThat(counts.falseNegatives()).isEqualTo(4);
    }

    @Test
    void aStewardApprovesTrueReviewPairsWhichMergesWholeMastersAndRejectsTheOthers() {
        List<ReviewPair> reviews = List.of(
                new ReviewPair(3, 0),   // a and a: approved, master 11 joins 10
                new ReviewPair(5, 4),   // c and c: approved
                new ReviewPair(2, 1));  // b and a: rejected (they already share a master: nothing to undo)

        Map<Integer, Long> decided = LinkageMetrics.withReviewsDecided(ENTITIES, MASTERS, reviews);

        assertThat(decided.get(3)).isEqualTo(decided.get(0));
        assertThat(decided.get(5)).isEqualTo(decided.get(4));
        assertThat(decided.get(4)).isNotEqualTo(decided.get(0));
        // master 10 now holds a, a, b, a: 6 pairs of which 3 right; c-c is 1 more right pair
        assertThat(LinkageMetrics.count(ENTITIES, decided)).isEqualTo(new PairCounts(5, 7, 4));
    }

    @Test
    void aRejectedReviewMergesNothing() {
        Map<Integer, Long> decided = LinkageMetrics.withReviewsDecided(ENTITIES, MASTERS, List.of(new ReviewPair(4, 3)));

        assertThat(LinkageMetrics.count(ENTITIES, decided)).isEqualTo(LinkageMetrics.count(ENTITIES, MASTERS));
    }

    @Test
    void blockingRecallAsksWhetherTheLaterRecordsCandidatesHeldTheEarlierOne() {
        Map<Integer, Set<Integer>> candidates = Map.of(
                1, Set.of(0),         // finds a's first record
                2, Set.of(0, 1),      // nothing of b before it
                3, Set.of(1),         // finds one of the two earlier a records
                4, Set.of(),
                5, Set.of(3));        // misses c's earlier record
        // record 6 was refused: no candidate search, its pair with 2 is missed

        BlockingRecall recall = LinkageMetrics.blocking(ENTITIES, candidates);

        // pairs (later, earlier): (1,0) found, (3,0) missed, (3,1) found, (5,4) missed, (6,2) missed
        assertThat(recall).isEqualTo(new BlockingRecall(5, 2, 4, 2, List.of(
                new LinkageMetrics.Missed(3, 0), new LinkageMetrics.Missed(5, 4), new LinkageMetrics.Missed(6, 2))));
        assertThat(recall.pairRecall()).isEqualTo(0.4);
        assertThat(recall.recordRecall()).isEqualTo(0.5);
    }

    @Test
    void ratiosWithNothingToDivideByAreUndefinedRatherThanPerfect() {
        PairCounts none = LinkageMetrics.count(List.of("a", "b"), Map.of(0, 1L, 1, 2L));

        assertThat(none).isEqualTo(new PairCounts(0, 0, 0));
        assertThat(none.precision()).isNaN();
        assertThat(none.recall()).isNaN();
        assertThat(none.f1()).isNaN();
    }
}
