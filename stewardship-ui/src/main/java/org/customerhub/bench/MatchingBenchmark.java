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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The matching benchmark ({@code ./hub bench}): pushes the FEBRL data sets through the hub's own ingest-and-match
 * path, one record at a time in file order, and prints pairwise quality, review load, blocking recall and speed
 * for each set with and without its identifier column. One Elasticsearch node serves all runs; each run gets a
 * fresh hub with its own in-memory database and index.
 */
public final class MatchingBenchmark {
    /** The Micronaut environment of the benchmark's hubs; it activates {@link CandidateRecorder}. */
    public static final String ENVIRONMENT = "bench";
    private static final String ES_HEAP = "512m";

    /** A FEBRL data set: its sources (code and file), pushed in this order. */
    private static final Map<String, List<String[]>> DATA_SETS = new LinkedHashMap<>();

    static {
        DATA_SETS.put("febrl3", List.<String[]>of(new String[] {"febrl3", "dataset3.csv"}));
        DATA_SETS.put("febrl4", List.of(new String[] {"febrl4a", "dataset4a.csv"}, new String[] {"febrl4b", "dataset4b.csv"}));
    }

    private MatchingBenchmark() {
    }

    record Options(Path data, List<String> sets, int limit, int warmUp, Path distribution, Path workDir, Path out) {
        static Options parse(String[] args) {
            Path data = Path.of("../shared/data/febrl");
            List<String> sets = List.copyOf(DATA_SETS.keySet());
            int limit = 0;
            int warmUp = 500;
            Path distribution = Path.of("stewardship-ui/target/elasticsearch/elasticsearch.zip");
            Path workDir = Path.of("target/bench/elasticsearch");
            Path out = Path.of("target/bench/matching.md");
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
                            if (!DATA_SETS.containsKey(set)) throw new UsageError("unknown set " + set + "; known: " + String.join(",", DATA_SETS.keySet()));
                        }
                    }
                    case "--limit" -> {
                        limit = number(arg, value);
                        if (limit < 1) throw new UsageError("--limit takes a number of records from 1");
                    }
                    case "--warm-up" -> warmUp = number(arg, value);
                    case "--distribution" -> distribution = Path.of(value);
                    case "--work-dir" -> workDir = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new UsageError("unknown option " + arg);
                }
            }
            return new Options(data, sets, limit, warmUp, distribution, workDir, out);
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
        try {
            options = Options.parse(args);
        } catch (UsageError e) {
            if (e.getMessage() != null) System.err.println(e.getMessage());
            System.err.println("usage: ./hub bench [--data DIR] [--sets febrl3,febrl4] [--limit N]");
            System.err.println("  --data   the FEBRL files (default ../shared/data/febrl)");
            System.err.println("  --sets   which data sets; each runs with and without soc_sec_id (default febrl3,febrl4)");
            System.err.println("  --limit  only the first N records of each file, for a quick check");
            System.err.println("  --warm-up N  records pushed into a throwaway hub first, not counted (default 500, 0: none)");
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        PrintStream progress = System.err;
        List<BenchmarkRun.Spec> specs;
        try {
            specs = specs(options);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        BenchmarkReport.Machine machine = BenchmarkReport.Machine.now();
        long started = System.nanoTime();
        List<BenchmarkRun.Result> results = new ArrayList<>();
        deleteRecursively(options.workDir().resolve("data"));
        ElasticsearchNode node = ElasticsearchNode.start(new ElasticsearchNode.Settings(options.distribution(),
                options.workDir(), 0, ES_HEAP, Duration.ofSeconds(180)));
        Thread stopNode = new Thread(node::close, "bench-es-shutdown");
        Runtime.getRuntime().addShutdownHook(stopNode);
        String esVersion;
        try {
            esVersion = BenchmarkReport.elasticsearchVersion(node.url());
            if (options.warmUp() > 0) {
                BenchmarkRun.Result warmUp = new BenchmarkRun(warmUp(specs.get(0), options.warmUp()), node.url(), progress).run();
                progress.println("warm-up done (not counted): " + BenchmarkReport.summary(warmUp));
            }
            for (BenchmarkRun.Spec spec : specs) {
                BenchmarkRun.Result result = new BenchmarkRun(spec, node.url(), progress).run();
                results.add(result);
                progress.println(BenchmarkReport.summary(result));
            }
        } finally {
            node.close();
            Runtime.getRuntime().removeShutdownHook(stopNode);
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        String report = BenchmarkReport.render(results, machine.finished(esVersion, ES_HEAP), options, minutes);
        table.print(report);
        table.flush();
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        progress.println("written to " + options.out());
        System.exit(0);
    }

    private static List<BenchmarkRun.Spec> specs(Options options) throws IOException {
        if (!Files.isDirectory(options.data())) {
            throw new IOException("no FEBRL data at " + options.data().toAbsolutePath() + ": pass --data DIR");
        }
        List<BenchmarkRun.Spec> specs = new ArrayList<>();
        for (String set : options.sets()) {
            List<BenchmarkRun.SourceFile> sources = new ArrayList<>();
            for (String[] source : DATA_SETS.get(set)) {
                Path file = options.data().resolve(source[1]);
                sources.add(new BenchmarkRun.SourceFile(source[0], source[1], FebrlFile.read(file, options.limit())));
            }
            specs.add(new BenchmarkRun.Spec(set, true, sources));
            specs.add(new BenchmarkRun.Spec(set, false, sources));
        }
        return specs;
    }

    /** The first records of a run's sources, so that the measured runs do not pay for the JIT compiling the path. */
    private static BenchmarkRun.Spec warmUp(BenchmarkRun.Spec first, int records) {
        List<BenchmarkRun.SourceFile> sources = first.sources().stream().map(s -> new BenchmarkRun.SourceFile(s.code(),
                s.fileName(), s.rows().subList(0, Math.min(records, s.rows().size())))).toList();
        return new BenchmarkRun.Spec("warm-up", false, sources);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
