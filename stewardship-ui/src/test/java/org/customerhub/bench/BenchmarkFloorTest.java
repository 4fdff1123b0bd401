package org.customerhub.bench;

import org.customerhub.it.TestHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small benchmark run as part of the suite, with quality floors: the figures measured when the floors were set,
 * minus a small margin. The demo generator's resort customers (with its own ground truth) are always there; FEBRL's
 * dataset1 runs where the FEBRL files are found (HUB_BENCH_DATA / -Dhub.bench.data, ../shared/data/febrl beside the
 * repository, /work/shared/data/febrl). Both go through the bulk path, each in a fresh hub on the suite's node. No
 * timing is asserted.
 */
@ExtendWith(TestHub.class)
class BenchmarkFloorTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void demoCustomersWithTheStartingModel() throws IOException {
        BenchmarkRun.Result result = run(DataSets.demo(200, 42), false);

        assertThat(result.failed()).isZero();
        // measured: precision 1.0, F1 0.887, reviews decided 0.993, blocking recall 1.0, 5.6 % to review
        assertThat(result.asPushed().precision()).as("precision").isGreaterThanOrEqualTo(0.98);
        assertThat(result.asPushed().f1()).as("F1").isGreaterThanOrEqualTo(0.86);
        assertThat(result.reviewsDecided().f1()).as("F1, reviews decided").isGreaterThanOrEqualTo(0.97);
        assertThat(result.blocking().pairRecall()).as("blocking recall").isGreaterThanOrEqualTo(0.99);
        assertThat(result.cpu().hubMillis()).as("the hub's processor time").isPositive();
        assertThat(result.cpu().elasticsearchMillis()).as("the node's processor time, from its stats").isPositive();
    }

    @Test
    void theExportListsEveryRecordEveryOpenReviewAndEveryPairBlockingMissed(@TempDir Path dir) throws IOException {
        BenchmarkRun.Result result = run(DataSets.demo(120, 7), false);

        List<Path> written = BenchmarkReport.export(List.of(result), dir.resolve("result.csv"));

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("result.csv", "result-reviews.csv", "result-blocking-missed.csv");
        List<String> records = Files.readAllLines(written.get(0));
        assertThat(records).hasSize(result.records() + 1).first().isEqualTo("source,source_record_id,customer_number");
        assertThat(records.stream().skip(1).filter(line -> line.endsWith(","))).as("records without a customer number")
                .hasSize(result.rejected());
        assertThat(Files.readAllLines(written.get(1))).hasSize(result.openReviews() + 1);
        List<String> missed = Files.readAllLines(written.get(2));
        assertThat(missed.get(0)).isEqualTo("source,source_record_id,earlier_source,earlier_source_record_id");
        assertThat(missed).hasSize((int) (result.blocking().truePairs() - result.blocking().pairsFound()) + 1);
    }

    @Test
    void febrlDataset1WithTheModelTrainedOnItWithoutTheIdentifier() throws IOException {
        Optional<Path> febrl = febrlData();
        org.junit.jupiter.api.Assumptions.assumeTrue(febrl.isPresent(), "FEBRL data not found");
        BenchmarkRun.Result result = run(DataSets.febrl(febrl.get(), "febrl1", 0), true);

        assertThat(result.records()).isEqualTo(1000);
        // measured: F1 0.921 (reviews decided 0.998), 7.1 % to review, blocking recall 0.998
        assertThat(result.asPushed().f1()).as("F1").isGreaterThanOrEqualTo(0.90);
        assertThat(result.reviewsDecided().f1()).as("F1, reviews decided").isGreaterThanOrEqualTo(0.99);
        assertThat(result.reviewFraction()).as("sent to review").isLessThanOrEqualTo(0.08);
        assertThat(result.blocking().pairRecall()).as("blocking recall").isGreaterThanOrEqualTo(0.99);
    }

    private static BenchmarkRun.Result run(BenchmarkRun.DataSet data, boolean train) {
        BenchmarkRun.Spec spec = new BenchmarkRun.Spec(data, false, BenchmarkRun.Mode.BULK);
        String node = TestHub.sharedElasticsearchUrl();
        BenchmarkRun.Training training = train ? new BenchmarkRun(spec, node, QUIET).train() : null;
        BenchmarkRun.Result result = new BenchmarkRun(spec, node, QUIET).run(training);
        System.out.println(BenchmarkReport.summary(result) + ", masters " + result.masters() + ", reviews decided F1 "
                + result.reviewsDecided().f1() + ", precision " + result.asPushed().precision());
        return result;
    }

    /** Where the FEBRL files are on this machine, if anywhere (the module's directory is the working directory). */
    static Optional<Path> febrlData() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("hub.bench.data", System.getenv("HUB_BENCH_DATA"));
        if (configured != null && !configured.isBlank()) candidates.add(Path.of(configured));
        Path repository = Path.of("").toAbsolutePath().getParent();
        if (repository != null) candidates.add(repository.resolve("../shared/data/febrl").normalize());
        candidates.add(MatchingBenchmark.SHARED_DATA);
        return candidates.stream().filter(dir -> Files.isRegularFile(dir.resolve("dataset1.csv"))).findFirst();
    }
}
