package org.customerhub.bench;

import org.customerhub.it.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk path (one candidate search per batch, the batch's earlier records matched in memory) gives every record
 * the outcome one-by-one pushes in the same order give: the same masters with the same customer numbers, the
 * same reviews. On a generated sample across four silos, in two fresh hubs on the suite's node.
 */
@ExtendWith(TestHub.class)
class BulkLikeSingleTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void bulkAndOneByOneGiveTheSameMastersAndReviews() throws IOException {
        BenchmarkRun.DataSet sample = DataSets.demo(150, 7);
        String node = TestHub.sharedElasticsearchUrl();

        BenchmarkRun.Result single = new BenchmarkRun(new BenchmarkRun.Spec(sample, true, BenchmarkRun.Mode.SINGLE), node, QUIET).run(null);
        BenchmarkRun.Result bulk = new BenchmarkRun(new BenchmarkRun.Spec(sample, true, BenchmarkRun.Mode.BULK), node, QUIET).run(null);

        assertThat(single.failed()).isZero();
        assertThat(single.outcomes().get("AUTO_LINK")).as("the sample links records").isPositive();
        assertThat(bulk.outcomes()).isEqualTo(single.outcomes());
        assertThat(bulk.assignments()).isEqualTo(single.assignments());
        assertThat(pairs(bulk)).isEqualTo(pairs(single));
    }

    /**
     * Across several batches of a bulk call (FEBRL dataset1: 1,000 lines of one source, five batches of 200), while
     * each batch's candidate search is sent ahead, during the batch before it: duplicates in a later batch of a record
     * in an earlier one (not yet in the index when the search was sent) still find it, as one by one.
     */
    @Test
    void severalBatchesGiveTheMastersAndReviewsOfOneByOne() throws IOException {
        java.util.Optional<java.nio.file.Path> febrl = BenchmarkFloorTest.febrlData();
        org.junit.jupiter.api.Assumptions.assumeTrue(febrl.isPresent(), "FEBRL data not found");
        BenchmarkRun.DataSet data = DataSets.febrl(febrl.get(), "febrl1", 0);
        String node = TestHub.sharedElasticsearchUrl();

        BenchmarkRun.Result single = new BenchmarkRun(new BenchmarkRun.Spec(data, false, BenchmarkRun.Mode.SINGLE), node, QUIET).run(null);
        BenchmarkRun.Result bulk = new BenchmarkRun(new BenchmarkRun.Spec(data, false, BenchmarkRun.Mode.BULK), node, QUIET).run(null);

        assertThat(single.records()).isEqualTo(1000);
        assertThat(single.outcomes().get("AUTO_LINK")).as("duplicates are linked").isGreaterThan(100);
        assertThat(bulk.outcomes()).isEqualTo(single.outcomes());
        assertThat(bulk.assignments()).isEqualTo(single.assignments());
        assertThat(pairs(bulk)).isEqualTo(pairs(single));
    }

    /**
     * A line whose storing fails in the database fails alone in bulk: its batch is rolled back and repeated line by
     * line, so every other line is stored and matched (against the batch's earlier lines too) as one-by-one pushes
     * with the same failure give, and nothing of the failed line is kept.
     */
    @Test
    void aLineFailingInTheDatabaseFailsAloneInBulk() throws IOException {
        BenchmarkRun.DataSet sample = DataSets.demo(150, 7);
        String failing = sample.arrivals().get(40).row().key();
        String node = TestHub.sharedElasticsearchUrl();
        BenchmarkRun.Result single;
        BenchmarkRun.Result bulk;
        System.setProperty(FailingRecordStore.KEY, failing);
        try {
            single = new BenchmarkRun(new BenchmarkRun.Spec(sample, true, BenchmarkRun.Mode.SINGLE), node, QUIET).run(null);
            bulk = new BenchmarkRun(new BenchmarkRun.Spec(sample, true, BenchmarkRun.Mode.BULK), node, QUIET).run(null);
        } finally {
            System.clearProperty(FailingRecordStore.KEY);
        }

        assertThat(single.failed()).as("the failing line").isPositive();
        assertThat(bulk.failed()).isEqualTo(single.failed());
        assertThat(bulk.outcomes()).isEqualTo(single.outcomes());
        assertThat(bulk.assignments()).isEqualTo(single.assignments());
        assertThat(bulk.assignments()).filteredOn(a -> a.sourceKey().equals(failing))
                .allSatisfy(a -> assertThat(a.customerNumber()).as("nothing kept of the failed line").isNull());
        assertThat(pairs(bulk)).isEqualTo(pairs(single));
    }

    private static List<String> pairs(BenchmarkRun.Result result) {
        return result.reviewPairs().stream().map(p -> p[0] + " / " + p[1]).sorted().toList();
    }
}
