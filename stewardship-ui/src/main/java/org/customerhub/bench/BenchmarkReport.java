package org.customerhub.bench;

import org.customerhub.bench.LinkageMetrics.PairCounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's table (Markdown, one column per run) with the facts of the machine it ran on. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Where the figures come from: they mean little without the machine and what else ran on it. */
    record Machine(String startedUtc, int cores, String cpu, String memory, String jdk, String loadAtStart,
                   String loadAtEnd, String elasticsearch, String elasticsearchHeap) {
        static Machine now() {
            return new Machine(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                    Runtime.getRuntime().availableProcessors(), procValue("/proc/cpuinfo", "model name"),
                    totalMemory(), System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    loadAverage(), null, null, null);
        }

        Machine finished(String elasticsearchVersion, String heap) {
            return new Machine(startedUtc, cores, cpu, memory, jdk, loadAtStart, loadAverage(), elasticsearchVersion, heap);
        }
    }

    static String render(List<BenchmarkRun.Result> results, Machine machine, MatchingBenchmark.Options options, double minutes) {
        StringBuilder out = new StringBuilder();
        out.append("## Matching benchmark\n\n");
        BenchmarkRun.Result first = results.isEmpty() ? null : results.get(0);
        out.append(String.format(Locale.ROOT, "%s, %s%s. Model %s, thresholds: auto-link at %s, review at %s.%n",
                machine.startedUtc(), options.limit() > 0 ? "first " + options.limit() + " records of each file" : "full files",
                options.warmUp() > 0 ? ", after an uncounted warm-up of " + options.warmUp() + " records in a throwaway hub" : "",
                first == null ? "?" : options.train() ? "trained by the hub's retrain on each run's own records (train-then-push)"
                        : first.modelVersion(),
                first == null ? "?" : first.autoLink(), first == null ? "?" : first.review()));
        out.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %s RAM; %s; Elasticsearch %s (single node on the same "
                        + "machine, %s heap); H2 in memory; load average %s at start, %s at end; whole run %.1f min.%n%n",
                machine.cores(), machine.cpu(), machine.memory(), machine.jdk(), machine.elasticsearch(),
                machine.elasticsearchHeap(), machine.loadAtStart(), machine.loadAtEnd(), minutes));

        List<String[]> rows = new ArrayList<>();
        rows.add(row("", results, r -> r.spec().label()));
        rows.add(row("records pushed", results, r -> count(r.records())));
        rows.add(row("refused (record rejected) / failed", results, r -> count(r.rejected()) + " / " + count(r.failed())));
        rows.add(row("values left out with a warning", results, r -> count(r.valuesLeftOut())));
        rows.add(row("outcomes: auto-link / review / new master", results, r -> count(r.outcomes().getOrDefault("AUTO_LINK", 0))
                + " / " + count(r.outcomes().getOrDefault("REVIEW", 0)) + " / " + count(r.outcomes().getOrDefault("NEW_MASTER", 0))
                + other(r)));
        rows.add(row("masters", results, r -> count(r.masters())));
        rows.add(row("true pairs", results, r -> count(r.asPushed().truePairs())));
        rows.add(row("linked pairs (false pos. / false neg.)", results, r -> pairs(r.asPushed())));
        rows.add(row("**precision**", results, r -> truth(r, ratio(r.asPushed().precision()))));
        rows.add(row("**recall**", results, r -> truth(r, ratio(r.asPushed().recall()))));
        rows.add(row("**F1**", results, r -> "**" + truth(r, ratio(r.asPushed().f1())) + "**"));
        rows.add(row("linked pairs, reviews decided (f.p. / f.n.)", results, r -> truth(r, pairs(r.reviewsDecided()))));
        rows.add(row("precision, reviews decided", results, r -> truth(r, ratio(r.reviewsDecided().precision()))));
        rows.add(row("recall, reviews decided", results, r -> truth(r, ratio(r.reviewsDecided().recall()))));
        rows.add(row("F1, reviews decided", results, r -> truth(r, ratio(r.reviewsDecided().f1()))));
        rows.add(row("**sent to review**", results, r -> percent(r.reviewFraction())));
        rows.add(row("open reviews whose pair is a true match", results, r -> count(r.trueReviews()) + " of " + count(r.openReviews())));
        rows.add(row("reviews above auto-link (guards)", results, r -> count(r.guardedReviews())));
        rows.add(row("blocking recall, pairs", results, r -> ratio(r.blocking().pairRecall())));
        rows.add(row("blocking recall, records", results, r -> ratio(r.blocking().recordRecall())));
        rows.add(row("candidates per record, mean / max", results,
                r -> String.format(Locale.ROOT, "%.1f / %d", r.candidatesAverage(), r.candidatesMax())));
        rows.add(row("**records/s**", results, r -> String.format(Locale.ROOT, "%.1f", r.recordsPerSecond())));
        rows.add(row("push time", results, r -> duration(r.pushSeconds())));
        rows.add(row("training pass (bulk load + retrain)", results, r -> r.training() == null ? "none" : duration(r.training().seconds())));
        // in bulk, a batch's search runs on its own thread while the batch before it is stored: it overlaps the rest
        rows.add(row("ms per record: all / search (bulk: ahead, off thread) / index (off thread) / rest", results,
                r -> String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %s", perRecord(r, r.pushSeconds()), perRecord(r, r.searchSeconds()),
                        perRecord(r, r.indexSeconds()), r.spec().mode() == BenchmarkRun.Mode.BULK ? "-"
                                : String.format(Locale.ROOT, "%.1f", perRecord(r, r.pushSeconds() - r.searchSeconds())))));
        rows.add(row("database statements per record (queries) / entities loaded", results, r -> String.format(Locale.ROOT,
                "%.1f (%.1f) / %.1f", (double) r.statements().prepared() / r.records(), (double) r.statements().queries() / r.records(),
                (double) r.statements().entitiesLoaded() / r.records())));

        rows.add(row("processor ms per record: benchmark JVM (hub) / Elasticsearch node", results, r -> String.format(Locale.ROOT,
                "%s / %s", cpuPerRecord(r, r.cpu().hubMillis()), cpuPerRecord(r, r.cpu().elasticsearchMillis()))));

        out.append(markdownTable(rows));
        out.append(sameWithAndWithoutIdentifier(results));
        out.append("""

                Pairs: two records are a true pair when the truth names the same person for both (FEBRL: rec-N-org, \
                rec-N-dup-K), and a linked pair when the hub put them on the same master; precision, recall and F1 count \
                pairs. Open reviews count as not linked; "reviews decided" approves every open review whose two records \
                are the same person (merging the masters) and rejects the others. Sent to review: records whose outcome \
                was REVIEW; "above auto-link" are those a guard sent (two masters, or a twin-like conflict). Blocking \
                recall: of the true pairs, the share whose later record got the earlier one among the candidates it was \
                scored against (index and recent-records buffer; pairs), and of the records that had an earlier true \
                match, the share that got at least one (records). Records/s: all records over the wall-clock time from \
                the first push until the index shows the last record, Elasticsearch and the database included; "single" \
                calls the ingest path once per record in arrival order (PUT .../records/{key}), "bulk" the bulk \
                endpoint's path with 1,000 lines a call. Of the time per record, "search" is the time in candidate search \
                (_msearch: single waits for it; bulk sends it one batch ahead on its own thread, overlapping the rest, \
                so bulk shows no "rest"), "index" the index writer's _bulk and refresh on its own thread (overlapping \
                the rest), "rest" everything else on the pushing thread: mapping, scoring, the database and Camunda. \
                Processor ms: the processor time the push took in the benchmark's JVM (the hub, with its compiler and \
                collector threads) and in the Elasticsearch node's process; their sum over the machine's cores bounds \
                the records/s, whatever else runs.
                """);
        return out.toString();
    }

    /** One line per run for the progress output. */
    static String summary(BenchmarkRun.Result r) {
        return String.format(Locale.ROOT, "%s: F1 %s (reviews decided %s), review %s, blocking %s, %.1f records/s",
                r.spec().label(), ratio(r.asPushed().f1()), ratio(r.reviewsDecided().f1()), percent(r.reviewFraction()),
                ratio(r.blocking().pairRecall()), r.recordsPerSecond());
    }

    static String elasticsearchVersion(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(url + "/_nodes/_local?filter_path=nodes.*.version")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            return m.find() ? m.group(1) : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String[] row(String label, List<BenchmarkRun.Result> results, Function<BenchmarkRun.Result, String> value) {
        String[] row = new String[results.size() + 1];
        row[0] = label;
        for (int i = 0; i < results.size(); i++) row[i + 1] = value.apply(results.get(i));
        return row;
    }

    /** Columns padded so that the table also reads as plain text. */
    private static String markdownTable(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], row[c].length());
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(r)[c];
                out.append(' ').append(c == 0 ? pad(cell, width[c]) : padLeft(cell, width[c])).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int c = 0; c < columns; c++) out.append(c == 0 ? "-".repeat(width[c] + 2) : "-".repeat(width[c] + 1) + ":").append('|');
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** States it when mapping the identifier column changed nothing, which the table alone leaves to the reader. */
    private static String sameWithAndWithoutIdentifier(List<BenchmarkRun.Result> results) {
        StringBuilder note = new StringBuilder();
        for (BenchmarkRun.Result with : results) {
            if (!with.spec().withIdentifier()) continue;
            results.stream().filter(r -> !r.spec().withIdentifier() && r.spec().data().name().equals(with.spec().data().name())
                            && r.spec().mode() == with.spec().mode())
                    .filter(without -> without.asPushed().equals(with.asPushed())
                            && without.reviewsDecided().equals(with.reviewsDecided())
                            && without.outcomes().equals(with.outcomes()))
                    .findFirst()
                    .ifPresent(without -> note.append(note.isEmpty() ? "\n" : "").append(with.spec().data().name())
                            .append(", ").append(with.spec().mode().label).append(": the same outcomes and linked pairs with and without ")
                            .append(with.spec().data().identifierColumn()).append(".\n"));
        }
        return note.toString();
    }

    /** The figures as JSON: the machine, and per run the keys of the table (precision, recall, f1, ...). */
    static String json(List<BenchmarkRun.Result> results, Machine machine, MatchingBenchmark.Options options) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("started", machine.startedUtc());
        doc.put("machine", Map.of("cores", machine.cores(), "cpu", machine.cpu(), "memory", machine.memory(), "jdk", machine.jdk(),
                "load_average_start", machine.loadAtStart(), "load_average_end", machine.loadAtEnd(),
                "elasticsearch", machine.elasticsearch()));
        doc.put("limit", options.limit());
        doc.put("trained", options.train());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (BenchmarkRun.Result r : results) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("run", r.spec().label());
            run.put("data_set", r.spec().data().name());
            run.put("identifier", r.spec().data().identifierColumn());
            run.put("with_identifier", r.spec().withIdentifier());
            run.put("mode", r.spec().mode().label);
            run.put("model_version", r.modelVersion());
            run.put("auto_link_threshold", r.autoLink());
            run.put("review_threshold", r.review());
            run.put("records", r.records());
            run.put("rejected", r.rejected());
            run.put("failed", r.failed());
            run.put("outcomes", r.outcomes());
            run.put("masters", r.masters());
            boolean truth = r.spec().data().truth();
            run.put("true_pairs", truth ? r.asPushed().truePairs() : null);
            run.put("linked_pairs", r.asPushed().predictedPairs());
            run.put("precision", truth ? finite(r.asPushed().precision()) : null);
            run.put("recall", truth ? finite(r.asPushed().recall()) : null);
            run.put("f1", truth ? finite(r.asPushed().f1()) : null);
            run.put("precision_reviews_decided", truth ? finite(r.reviewsDecided().precision()) : null);
            run.put("recall_reviews_decided", truth ? finite(r.reviewsDecided().recall()) : null);
            run.put("f1_reviews_decided", truth ? finite(r.reviewsDecided().f1()) : null);
            run.put("review_fraction", finite(r.reviewFraction()));
            run.put("open_reviews", r.openReviews());
            run.put("reviews_above_auto_link", r.guardedReviews());
            run.put("blocking_recall", truth ? finite(r.blocking().pairRecall()) : null);
            run.put("blocking_recall_records", truth ? finite(r.blocking().recordRecall()) : null);
            run.put("candidates_mean", finite(r.candidatesAverage()));
            run.put("candidates_max", r.candidatesMax());
            run.put("records_per_second", finite(r.recordsPerSecond()));
            run.put("push_seconds", r.pushSeconds());
            run.put("search_seconds", r.searchSeconds());
            run.put("cpu_ms_hub", r.cpu().hubMillis() < 0 ? null : r.cpu().hubMillis());
            run.put("cpu_ms_elasticsearch", r.cpu().elasticsearchMillis() < 0 ? null : r.cpu().elasticsearchMillis());
            run.put("statements", r.statements().prepared());
            run.put("queries", r.statements().queries());
            run.put("entities_loaded", r.statements().entitiesLoaded());
            run.put("training_seconds", r.training() == null ? null : r.training().seconds());
            runs.add(run);
        }
        doc.put("runs", runs);
        return org.customerhub.common.Json.write(doc) + "\n";
    }

    /**
     * Writes each run's result so that other tools can score it: {@code source,source_record_id,customer_number}
     * per record, and beside it ({@code -reviews} before the extension) the open review pairs as
     * {@code source,source_record_id,candidate_source,candidate_source_record_id}. With several runs each gets its
     * label in the file name.
     */
    static List<Path> export(List<BenchmarkRun.Result> results, Path file) throws IOException {
        List<Path> written = new ArrayList<>();
        for (BenchmarkRun.Result r : results) {
            Path target = results.size() == 1 ? file : suffixed(file, "-" + r.spec().indexPrefix().replaceFirst("^bench-", ""));
            StringBuilder records = new StringBuilder("source,source_record_id,customer_number\n");
            for (BenchmarkRun.Assignment a : r.assignments()) {
                records.append(csv(a.source())).append(',').append(csv(a.sourceKey())).append(',')
                        .append(a.customerNumber() == null ? "" : csv(a.customerNumber())).append('\n');
            }
            StringBuilder reviews = new StringBuilder("source,source_record_id,candidate_source,candidate_source_record_id\n");
            for (BenchmarkRun.Assignment[] pair : r.reviewPairs()) {
                reviews.append(csv(pair[0].source())).append(',').append(csv(pair[0].sourceKey())).append(',')
                        .append(csv(pair[1].source())).append(',').append(csv(pair[1].sourceKey())).append('\n');
            }
            StringBuilder missed = new StringBuilder("source,source_record_id,earlier_source,earlier_source_record_id\n");
            boolean truth = r.spec().data().truth();
            if (truth) {
                for (LinkageMetrics.Missed pair : r.blocking().missed()) {
                    BenchmarkRun.Assignment later = r.assignments().get(pair.later());
                    BenchmarkRun.Assignment earlier = r.assignments().get(pair.earlier());
                    missed.append(csv(later.source())).append(',').append(csv(later.sourceKey())).append(',')
                            .append(csv(earlier.source())).append(',').append(csv(earlier.sourceKey())).append('\n');
                }
            }
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(target, records);
            Path reviewFile = suffixed(target, "-reviews");
            Files.writeString(reviewFile, reviews);
            written.add(target);
            written.add(reviewFile);
            if (truth) {
                Path missedFile = suffixed(target, "-blocking-missed");
                Files.writeString(missedFile, missed);
                written.add(missedFile);
            }
        }
        return written;
    }

    private static Path suffixed(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot < 0 ? name + suffix : name.substring(0, dot) + suffix + name.substring(dot);
        return file.resolveSibling(renamed);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static Double finite(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }

    private static String truth(BenchmarkRun.Result r, String figure) {
        return r.spec().data().truth() ? figure : "n/a";
    }

    private static String cpuPerRecord(BenchmarkRun.Result r, long millis) {
        return millis < 0 || r.records() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", (double) millis / r.records());
    }

    private static double perRecord(BenchmarkRun.Result r, double seconds) {
        return r.records() == 0 ? Double.NaN : 1000 * seconds / r.records();
    }

    private static String pairs(PairCounts counts) {
        return count(counts.predictedPairs()) + " (" + count(counts.falsePositives()) + " / " + count(counts.falseNegatives()) + ")";
    }

    private static String other(BenchmarkRun.Result r) {
        long other = r.outcomes().entrySet().stream()
                .filter(e -> !List.of("AUTO_LINK", "REVIEW", "NEW_MASTER").contains(e.getKey()))
                .mapToLong(e -> e.getValue()).sum();
        return other == 0 ? "" : " (+" + other + " other: " + r.outcomes() + ")";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String ratio(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.4f", x);
    }

    private static String percent(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f %%", 100 * x);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }

    private static String procValue(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String totalMemory() {
        String kb = procValue("/proc/meminfo", "MemTotal").replace("kB", "").strip();
        try {
            return String.format(Locale.ROOT, "%.0f GB", Long.parseLong(kb) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
