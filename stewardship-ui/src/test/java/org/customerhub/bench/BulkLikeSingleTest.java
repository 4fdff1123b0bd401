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

    private static List<String> pairs(BenchmarkRun.Result result) {
        return result.reviewPairs().stream().map(p -> p[0] + " / " + p[1]).sorted().toList();
    }
}
