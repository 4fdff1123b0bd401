package org.customerhub.bench;

import org.customerhub.search.ElasticsearchNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The matching benchmark ({@code ./hub bench}): pushes data sets through the hub's own ingest-and-match path in
 * arrival order, one record per call and through the bulk path, and prints pairwise quality, review load, blocking
 * recall and speed for each set, with and without its identifier column. By default the FEBRL sets; any CSV files
 * with mappings otherwise. One Elasticsearch node serves all runs; each run gets a fresh hub with its own in-memory
 * database and index.
 */
public final class MatchingBenchmark {
    /** The Micronaut environment of the benchmark's hubs; it activates {@link CandidateRecorder}. */
    public static final String ENVIRONMENT = "bench";
    private static final String ES_HEAP = "512m";
    /** Where the data lives on the project machine, for clones and worktrees that have no ../shared beside them. */
    static final Path SHARED_DATA = Path.of("/work/shared/data/febrl");

    private MatchingBenchmark() {
    }

    record Options(Path data, List<String> sets, int limit, int warmUp, Path distribution, Path workDir, Path out,
                   List<BenchmarkRun.Mode> modes, boolean train, List<Path> csv, List<Path> mappings, Path truth,
                   String key, String identifier, String name, Path export, Path json) {
        static Options parse(String[] args) {
            Path data = null;
            List<String> sets = List.of("febrl3", "febrl4");
            int limit = 0;
            int warmUp = 500;
            Path distribution = Path.of("stewardship-ui/target/elasticsearch/elasticsearch.zip");
            Path workDir = Path.of("target/bench/elasticsearch");
            Path out = Path.of("target/bench/matching.md");
            List<BenchmarkRun.Mode> modes = List.of(BenchmarkRun.Mode.SINGLE, BenchmarkRun.Mode.BULK);
            boolean train = true;
            List<Path> csv = new ArrayList<>();
            List<Path> mappings = new ArrayList<>();
            Path truth = null;
            String key = null;
            String identifier = null;
            String name = "csv";
            Path export = null;
            Path json = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) throw new UsageError(null);
                if (i + 1 >= args.length) throw new UsageError(arg + " needs a value");
                String value = args[++i];
                switch (arg) {
                    case "--data" -> data = Path.of(value);
                    case "--sets" -> {
                        sets = List.of(value.split(","));
                        for (String set : sets) {
                            if (!DataSets.FEBRL.containsKey(set)) {
                                throw new UsageError("unknown set " + set + "; known: " + String.join(",", DataSets.FEBRL.keySet()));
                            }
                        }
                    }
                    case "--limit" -> {
                        limit = number(arg, value);
                        if (limit < 1) throw new UsageError("--limit takes a number of records from 1");
                    }
                    case "--warm-up" -> warmUp = number(arg, value);
                    case "--modes" -> modes = modes(value);
                    case "--model" -> {
                        if (!value.equals("trained") && !value.equals("starting")) throw new UsageError("--model is trained or starting");
                        train = value.equals("trained");
                    }
                    case "--csv" -> csv.add(Path.of(value));
                    case "--mapping" -> mappings.add(Path.of(value));
                    case "--truth" -> truth = Path.of(value);
                    case "--key" -> key = value;
                    case "--identifier" -> identifier = value;
                    case "--name" -> name = value;
                    case "--export" -> export = Path.of(value);
                    case "--json" -> json = Path.of(value);
                    case "--distribution" -> distribution = Path.of(value);
                    case "--work-dir" -> workDir = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new UsageError("unknown option " + arg);
                }
            }
            return new Options(data == null ? defaultData() : data, sets, limit, warmUp, distribution, workDir, out, modes,
                    train, List.copyOf(csv), List.copyOf(mappings), truth, key, identifier, name, export, json);
        }

        private static List<BenchmarkRun.Mode> modes(String value) {
            List<BenchmarkRun.Mode> modes = new ArrayList<>();
            for (String mode : value.split(",")) {
                switch (mode) {
                    case "single" -> modes.add(BenchmarkRun.Mode.SINGLE);
                    case "bulk" -> modes.add(BenchmarkRun.Mode.BULK);
                    default -> throw new UsageError("unknown mode " + mode + "; known: single,bulk");
                }
            }
            return List.copyOf(modes);
        }

        private static int number(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageError(option + " takes a number of records");
        }
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    public static void main(String[] args) throws IOException {
        // the table alone goes to standard output; the hub's and the node's logs and the progress to standard error
        PrintStream table = System.out;
        System.setOut(System.err);
        Options options;
        List<BenchmarkRun.DataSet> dataSets;
        try {
            options = Options.parse(args);
            dataSets = dataSets(options);
        } catch (UsageError e) {
            if (e.getMessage() != null) System.err.println(e.getMessage());
            usage();
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream progress = System.err;
        BenchmarkReport.Machine machine = BenchmarkReport.Machine.now();
        long started = System.nanoTime();
        List<BenchmarkRun.Result> results;
        deleteRecursively(options.workDir().resolve("data"));
        ElasticsearchNode node = ElasticsearchNode.start(new ElasticsearchNode.Settings(options.distribution(),
                options.workDir(), 0, ES_HEAP, Duration.ofSeconds(180)));
        Thread stopNode = new Thread(node::close, "bench-es-shutdown");
        Runtime.getRuntime().addShutdownHook(stopNode);
        String esVersion;
        try {
            esVersion = BenchmarkReport.elasticsearchVersion(node.url());
            if (options.warmUp() > 0) {
                for (BenchmarkRun.Mode mode : options.modes()) {
                    BenchmarkRun.DataSet first = dataSets.get(0).limitedTo(options.warmUp());
                    BenchmarkRun.Result warmUp = new BenchmarkRun(new BenchmarkRun.Spec(
                            new BenchmarkRun.DataSet("warm-up", first.sources(), first.arrivals(), first.truth(), null), true, mode),
                            node.url(), progress).run(null);
                    progress.println("warm-up done (not counted): " + BenchmarkReport.summary(warmUp));
                }
            }
            results = runAll(dataSets, options.modes(), options.train(), node.url(), progress);
        } finally {
            node.close();
            Runtime.getRuntime().removeShutdownHook(stopNode);
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        String report = BenchmarkReport.render(results, machine.finished(esVersion, ES_HEAP), options, minutes);
        table.print(report);
        table.flush();
        write(options.out(), report);
        progress.println("written to " + options.out());
        if (options.json() != null) {
            write(options.json(), BenchmarkReport.json(results, machine.finished(esVersion, ES_HEAP), options));
            progress.println("figures written to " + options.json());
        }
        if (options.export() != null) {
            for (Path written : BenchmarkReport.export(results, options.export())) progress.println("result exported to " + written);
        }
        System.exit(0);
    }

    /**
     * Runs each data set with its identifier mapped and, when it has one, ignored; each in every mode, with the
     * model the hub's retrain makes from the set's own records (trained once per set and identifier choice) or with
     * the starting model.
     */
    static List<BenchmarkRun.Result> runAll(List<BenchmarkRun.DataSet> dataSets, List<BenchmarkRun.Mode> modes, boolean train,
                                            String elasticsearchUrl, PrintStream progress) {
        List<BenchmarkRun.Result> results = new ArrayList<>();
        for (BenchmarkRun.DataSet data : dataSets) {
            List<Boolean> identifierChoices = data.identifierColumn() == null ? List.of(true) : List.of(true, false);
            for (boolean withIdentifier : identifierChoices) {
                BenchmarkRun.Spec spec = new BenchmarkRun.Spec(data, withIdentifier, modes.get(0));
                BenchmarkRun.Training training = null;
                if (train) {
                    training = new BenchmarkRun(spec, elasticsearchUrl, progress).train();
                    progress.printf(Locale.ROOT, "%s: trained %s in %.1f s%n", spec.label(), training.model().version(), training.seconds());
                }
                for (BenchmarkRun.Mode mode : modes) {
                    BenchmarkRun.Result result = new BenchmarkRun(spec.in(mode), elasticsearchUrl, progress).run(training);
                    results.add(result);
                    progress.println(BenchmarkReport.summary(result));
                }
            }
        }
        return results;
    }

    private static void usage() {
        System.err.println("""
                usage: ./hub bench [--data DIR] [--sets febrl3,febrl4] [--limit N] [--modes single,bulk] [--model trained|starting]
                                   [--json FILE] [--export FILE] [--warm-up N]
                       ./hub bench --csv FILE --mapping YAML [--csv FILE --mapping YAML ...] [--truth FILE] [--key COLUMN]
                                   [--identifier COLUMN] [--name NAME] [options above]
                  --data        the FEBRL files (default ../shared/data/febrl, else %s; HUB_BENCH_DATA overrides)
                  --sets        FEBRL sets (febrl1, febrl3, febrl4); each runs with and without soc_sec_id (default febrl3,febrl4)
                  --csv/--mapping  any CSV file (header row) with its mapping in the mappings/ format, pushed in the order given
                  --truth       CSV with columns source,source_record_id,entity: same entity, same person
                  --key         the column holding each record's source key (default: its line number, line-N)
                  --identifier  a column that is also run ignored, for "the same figures without the identifier"
                  --modes       single: one upsert per record; bulk: the bulk endpoint's path, 1,000 lines a call (default both)
                  --model       trained: the hub's retrain on the run's own records first (default); starting: the configured model
                  --limit       only the first N records of each file, for a quick check
                  --warm-up     records pushed into a throwaway hub first, not counted (default 500, 0: none)
                  --json        also write the figures as JSON
                  --export      also write each record's customer number and the open review pairs as CSV
                """.formatted(SHARED_DATA));
    }

    /** HUB_BENCH_DATA, else ../shared/data/febrl beside the repository, else the project machine's shared folder. */
    static Path defaultData() {
        String configured = System.getProperty("hub.bench.data", System.getenv("HUB_BENCH_DATA"));
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        Path beside = Path.of("../shared/data/febrl");
        return Files.isDirectory(beside) || !Files.isDirectory(SHARED_DATA) ? beside : SHARED_DATA;
    }

    private static List<BenchmarkRun.DataSet> dataSets(Options options) throws IOException {
        if (!options.csv().isEmpty() || !options.mappings().isEmpty()) {
            return List.of(DataSets.csv(options.name(), options.csv(), options.mappings(), options.truth(), options.key(),
                    options.identifier(), options.limit()));
        }
        if (!Files.isDirectory(options.data())) {
            throw new IOException("no FEBRL data at " + options.data().toAbsolutePath() + ": pass --data DIR");
        }
        List<BenchmarkRun.DataSet> sets = new ArrayList<>();
        for (String set : options.sets()) sets.add(DataSets.febrl(options.data(), set, options.limit()));
        return sets;
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
