package org.customerhub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.ApplicationContext;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.customerhub.bench.LinkageMetrics.BlockingRecall;
import org.customerhub.bench.LinkageMetrics.PairCounts;
import org.customerhub.bench.LinkageMetrics.ReviewPair;
import org.customerhub.common.RequestRefused;
import org.customerhub.ingestion.IndexSync;
import org.customerhub.ingestion.IngestResult;
import org.customerhub.ingestion.IngestionService;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.ActiveModel;
import org.customerhub.matching.MatchModel;
import org.customerhub.matching.MatchSettings;
import org.customerhub.matching.ModelTraining;
import org.customerhub.matching.ModelVersions;
import org.customerhub.matching.TrainingSummary;
import org.customerhub.security.Principal;
import org.customerhub.source.SourceRegistry;
import org.customerhub.stewardship.MergeReview;
import org.customerhub.stewardship.ReviewService;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One benchmark run: a fresh hub (in-memory H2, the Camunda engine without job executor, its own index on the
 * shared Elasticsearch node), the data set's sources registered with their mappings, every record pushed in
 * arrival order through {@link IngestionService#upsert} (one call per record) or {@link IngestionService#upsertAll}
 * (the bulk endpoint's path), and then the result read back from the database.
 */
final class BenchmarkRun {
    private static final Set<String> MATCHED = Set.of("AUTO_LINK", "REVIEW", "NEW_MASTER");
    /** Lines per bulk call, as a source would send an NDJSON file in parts. */
    static final int BULK_LINES = 1000;

    /** A source of a data set: its code, file and mapping (YAML, as mapped). */
    record SourceFile(String code, String fileName, String mapping) {
    }

    /**
     * One record of a data set: its line in its file, the source's key for it, the person it is (null: not in the
     * truth) and its fields as the source sends them.
     */
    record Row(int line, String key, String entity, Map<String, Object> fields) {
    }

    /** A record in arrival order: which source (index into the data set's sources) sent it. */
    record Arrival(int source, Row row) {
    }

    /**
     * A data set: its sources, its records in arrival order, whether a ground truth came with it, and the column
     * that is also run unmapped ("the same figures without the identifier"; null: none).
     */
    record DataSet(String name, List<SourceFile> sources, List<Arrival> arrivals, boolean truth, String identifierColumn) {
        DataSet limitedTo(int records) {
            return new DataSet(name, sources, arrivals.subList(0, Math.min(records, arrivals.size())), truth, identifierColumn);
        }
    }

    /**
     * @param withIdentifier whether the identifier column is mapped as the mapping says, or ignored
     */
    record Spec(DataSet data, boolean withIdentifier, Mode mode) {
        String label() {
            String identifier = data.identifierColumn() == null ? ""
                    : (withIdentifier ? " with " : " without ") + data.identifierColumn();
            return data.name() + identifier + ", " + mode.label;
        }

        String indexPrefix() {
            return ("bench-" + data.name() + (withIdentifier ? "-with-id" : "-without-id") + "-" + mode.label)
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        }

        Spec in(Mode other) {
            return new Spec(data, withIdentifier, other);
        }

        String mappingOf(SourceFile source) {
            return withIdentifier || data.identifierColumn() == null ? source.mapping()
                    : Mappings.withColumnIgnored(source.mapping(), data.identifierColumn());
        }
    }

    /** How records reach the hub: one call per record, or bulk calls of {@link #BULK_LINES} lines. */
    enum Mode {
        SINGLE("single"), BULK("bulk");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** A model the hub's own retrain made from a run's records (no ground truth), and how long that took. */
    record Training(MatchModel model, TrainingSummary summary, double seconds) {
    }

    /** Where a record ended: its source and key, and its master's customer number (null when refused). */
    record Assignment(String source, String sourceKey, String customerNumber) {
    }

    /** What a run measured. */
    record Result(Spec spec, int records, int rejected, int failed, int valuesLeftOut, Map<String, Integer> outcomes,
                  long masters, PairCounts asPushed, PairCounts reviewsDecided, int openReviews, int trueReviews,
                  BlockingRecall blocking, double candidatesAverage, int candidatesMax, double pushSeconds,
                  double searchSeconds, double indexSeconds, String modelVersion, double autoLink, double review,
                  Training training, int guardedReviews, List<Assignment> assignments, List<Assignment[]> reviewPairs,
                  Statements statements, CpuTime cpu) {
        double reviewFraction() {
            return records == 0 ? Double.NaN : (double) outcomes.getOrDefault("REVIEW", 0) / records;
        }

        double recordsPerSecond() {
            return records / pushSeconds;
        }
    }

    /**
     * The database work of a push, counted by Hibernate's statistics over every thread of the hub (the index writer's
     * marks included): JDBC statements prepared, of them the queries, and entities loaded. Unlike time, it does not
     * depend on what else runs on the machine.
     */
    record Statements(long prepared, long queries, long entitiesLoaded) {
        static Statements of(Statistics statistics) {
            return new Statements(statistics.getPrepareStatementCount(), statistics.getQueryExecutionCount(),
                    statistics.getEntityLoadCount());
        }

        Statements since(Statements start) {
            return new Statements(prepared - start.prepared, queries - start.queries, entitiesLoaded - start.entitiesLoaded);
        }
    }

    /**
     * Processor time the push used, in milliseconds: the benchmark's JVM (the hub and the harness, all threads, the
     * compiler's and the collector's included) and the Elasticsearch node's process (searches, indexing, refreshes
     * and merges); -1 where the platform or the node did not tell. Unlike wall-clock time it hardly depends on what
     * else runs on the machine, and it shows which of the two a speed-up must come from.
     */
    record CpuTime(long hubMillis, long elasticsearchMillis) {
        static CpuTime now(String elasticsearchUrl) {
            long hub = -1;
            if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                hub = os.getProcessCpuTime() / 1_000_000;
            }
            return new CpuTime(hub, elasticsearchCpu(elasticsearchUrl));
        }

        CpuTime since(CpuTime start) {
            return new CpuTime(hubMillis < 0 || start.hubMillis < 0 ? -1 : hubMillis - start.hubMillis,
                    elasticsearchMillis < 0 || start.elasticsearchMillis < 0 ? -1 : elasticsearchMillis - start.elasticsearchMillis);
        }

        private static long elasticsearchCpu(String url) {
            try {
                java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/_nodes/_local/stats/process")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                com.fasterxml.jackson.databind.JsonNode nodes = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(response.body()).path("nodes");
                if (!nodes.elements().hasNext()) return -1;
                return nodes.elements().next().path("process").path("cpu").path("total_in_millis").asLong(-1);
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    private final Spec spec;
    private final String elasticsearchUrl;
    private final PrintStream progress;

    BenchmarkRun(Spec spec, String elasticsearchUrl, PrintStream progress) {
        this.spec = spec;
        this.elasticsearchUrl = elasticsearchUrl;
        this.progress = progress;
    }

    Result run(Training training) {
        return inFreshHub(hub -> measure(hub, training));
    }

    /**
     * The train-then-push pass: the run's records go through the bulk path into a throwaway hub, whose own retrain
     * (the admin API's) estimates the model from them. The ground truth is no column of any mapping, so it never
     * reaches the training either.
     */
    Training train() {
        return inFreshHub(hub -> {
            long start = System.nanoTime();
            registerSources(hub);
            push(hub.getBean(IngestionService.class), Mode.BULK, (arrival, answer) -> { });
            ModelTraining.Retrained retrained = hub.getBean(ModelTraining.class).retrain("bench");
            return new Training(retrained.model(), retrained.summary(), (System.nanoTime() - start) / 1e9);
        });
    }

    private <T> T inFreshHub(Function<ApplicationContext, T> work) {
        long unique = System.nanoTime();
        Map<String, Object> properties = new HashMap<>();
        String database = "jdbc:h2:mem:" + spec.indexPrefix() + "-" + unique + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256";
        properties.put("datasources.default.url", database);
        properties.put("hub.elasticsearch.url", elasticsearchUrl);
        properties.put("hub.elasticsearch.embedded", false);
        properties.put("hub.elasticsearch.index-prefix", spec.indexPrefix() + "-" + unique);
        properties.put("hub.workflow.job-executor", false);
        properties.put("hub.catch-up.enabled", false);
        properties.put("hub.index-sync.initial-delay", "24h");
        properties.put("hub.demo.enabled", false);
        properties.put("logger.levels.root", "WARN");
        properties.put("jpa.default.properties.hibernate.generate_statistics", true);
        progress.printf(Locale.ROOT, "%s: starting a fresh hub%n", spec.label());
        try (ApplicationContext hub = ApplicationContext.run(properties, MatchingBenchmark.ENVIRONMENT)) {
            try {
                return work.apply(hub);
            } finally {
                hub.getBean(IndexSync.class).drain();
                dropIndex(hub);
            }
        } finally {
            shutDown(database);
        }
    }

    private void registerSources(ApplicationContext hub) {
        SourceRegistry registry = hub.getBean(SourceRegistry.class);
        Principal admin = Principal.system("bench");
        for (SourceFile source : spec.data().sources()) {
            registry.register(source.code(), "benchmark " + source.fileName(), 0.5, admin);
            registry.putMapping(source.code(), spec.mappingOf(source), admin);
        }
    }

    /** What became of each record, in arrival order. */
    private interface Answers {
        void answered(int arrival, IngestionService.BulkOutcome answer);
    }

    /** Pushes every record in arrival order: one call each, or consecutive records of one source in bulk calls. */
    private void push(IngestionService ingestion, Mode mode, Answers answers) {
        List<Arrival> arrivals = spec.data().arrivals();
        int from = 0;
        while (from < arrivals.size()) {
            int source = arrivals.get(from).source();
            int to = from + 1;
            int step = mode == Mode.BULK ? BULK_LINES : 1;
            while (to < arrivals.size() && to - from < step && arrivals.get(to).source() == source) to++;
            SourceFile file = spec.data().sources().get(source);
            Principal caller = Principal.source(file.code());
            List<Arrival> part = arrivals.subList(from, to);
            List<IngestionService.BulkOutcome> outcomes;
            if (mode == Mode.BULK) {
                outcomes = ingestion.upsertAll(caller, file.code(), part.stream().map(a -> new IngestionService.BulkLine(
                        a.row().key(), new LinkedHashMap<>(a.row().fields()))).toList());
            } else {
                outcomes = List.of(single(ingestion, caller, file.code(), part.get(0).row().key(), part.get(0).row()));
            }
            for (int i = 0; i < outcomes.size(); i++) answers.answered(from + i, outcomes.get(i));
            from = to;
        }
    }

    private Result measure(ApplicationContext hub, Training training) {
        registerSources(hub);
        if (training != null) {
            MatchModel stored = hub.getBean(ModelVersions.class).store(training.model(), "bench", Instant.now(), training.summary());
            hub.getBean(ActiveModel.class).use(stored);
        }
        MatchModel model = hub.getBean(ActiveModel.class).current();
        MatchSettings settings = hub.getBean(MatchSettings.class);
        double autoLinkAt = settings.autoLink(model);
        CandidateRecorder recorder = hub.getBean(CandidateRecorder.class);
        List<Arrival> arrivals = spec.data().arrivals();
        int total = arrivals.size();
        Set<Integer> matched = new HashSet<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int[] tally = new int[4]; // rejected, failed, values left out, reviews above the auto-link threshold
        Statistics statistics = hub.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        Statements before = Statements.of(statistics);
        CpuTime cpuBefore = CpuTime.now(elasticsearchUrl);
        long start = System.nanoTime();
        push(hub.getBean(IngestionService.class), spec.mode(), (arrival, answer) -> {
            String outcome = tallied(answer, arrival, tally);
            IngestResult result = answer.result();
            if ("REVIEW".equals(outcome) && result.matchProbability() != null && result.matchProbability() >= autoLinkAt) tally[3]++;
            if (outcome != null) outcomes.merge(outcome, 1, Integer::sum);
            if (outcome != null && MATCHED.contains(outcome)) matched.add(arrival);
            if ((arrival + 1) % 1000 == 0 || arrival + 1 == total) {
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.printf(Locale.ROOT, "%s: %d / %d records, %.1f records/s%n", spec.label(), arrival + 1, total,
                        (arrival + 1) / seconds);
            }
        });
        // every record is matched and stored; count until the index shows them all too
        hub.getBean(IndexSync.class).drain();
        double pushSeconds = (System.nanoTime() - start) / 1e9;
        Statements statements = Statements.of(statistics).since(before);
        CpuTime cpu = CpuTime.now(elasticsearchUrl).since(cpuBefore);
        writeHistory(hub);

        // read the outcome back from the database: masters per record, open reviews
        SourceRegistry registry = hub.getBean(SourceRegistry.class);
        Map<Long, String> codeOfSource = new HashMap<>();
        Map<String, Long> sourceIds = new HashMap<>();
        spec.data().sources().forEach(s -> {
            long id = registry.byCode(s.code()).orElseThrow().id();
            sourceIds.put(s.code(), id);
            codeOfSource.put(id, s.code());
        });
        Map<String, SourceRecord> stored = new HashMap<>();
        for (SourceRecord r : hub.getBean(SourceRecordRepository.class).findAll()) stored.put(r.getSourceId() + "/" + r.getSourceKey(), r);
        MasteringService mastering = hub.getBean(MasteringService.class);
        Map<Long, Long> activeMaster = new HashMap<>();
        Map<Long, Integer> arrivalOfRecordId = new HashMap<>();
        Map<Long, SourceRecord> recordById = new HashMap<>();
        Map<Integer, Long> clusterOf = new HashMap<>();
        List<String> entityOf = new ArrayList<>(total);
        List<Assignment> assignments = new ArrayList<>(total);
        for (int arrival = 0; arrival < total; arrival++) {
            Arrival a = arrivals.get(arrival);
            SourceFile file = spec.data().sources().get(a.source());
            // a record outside the truth is a person of its own
            entityOf.add(a.row().entity() == null ? "untracked-" + arrival : a.row().entity());
            SourceRecord r = stored.get(sourceIds.get(file.code()) + "/" + a.row().key());
            String number = null;
            if (r != null) {
                arrivalOfRecordId.put(r.getId(), arrival);
                recordById.put(r.getId(), r);
                if (r.getMasterId() != null) {
                    long master = activeMaster.computeIfAbsent(r.getMasterId(), id -> mastering.active(id).getId());
                    clusterOf.put(arrival, master);
                    number = mastering.active(master).getCustomerNumber();
                }
            }
            assignments.add(new Assignment(file.code(), a.row().key(), number));
        }
        List<ReviewPair> reviews = new ArrayList<>();
        List<Assignment[]> reviewPairs = new ArrayList<>();
        for (MergeReview review : hub.getBean(ReviewService.class).open()) {
            int record = arrival(arrivalOfRecordId, review.getSourceRecordId());
            int candidate = arrival(arrivalOfRecordId, review.getCandidateRecordId());
            reviews.add(new ReviewPair(record, candidate));
            reviewPairs.add(new Assignment[] {assignments.get(record), assignments.get(candidate)});
        }
        Map<Integer, Set<Integer>> candidatesOf = new HashMap<>();
        recorder.scoredAgainst().forEach((recordId, ids) -> {
            int arrival = arrival(arrivalOfRecordId, recordId);
            if (!matched.contains(arrival)) return;
            Set<Integer> candidates = new LinkedHashSet<>();
            ids.forEach(id -> candidates.add(arrival(arrivalOfRecordId, id)));
            candidatesOf.put(arrival, candidates);
        });

        return new Result(spec, total, tally[0], tally[1], tally[2], outcomes,
                clusterOf.values().stream().distinct().count(),
                LinkageMetrics.count(entityOf, clusterOf),
                LinkageMetrics.count(entityOf, LinkageMetrics.withReviewsDecided(entityOf, clusterOf, reviews)),
                reviews.size(),
                (int) reviews.stream().filter(r -> entityOf.get(r.record()).equals(entityOf.get(r.candidate()))).count(),
                LinkageMetrics.blocking(entityOf, candidatesOf),
                candidatesOf.values().stream().mapToInt(Set::size).average().orElse(Double.NaN),
                candidatesOf.values().stream().mapToInt(Set::size).max().orElse(0),
                pushSeconds, recorder.searchSeconds(), recorder.indexSeconds(),
                model.version(), autoLinkAt, settings.review(model), training, tally[3], assignments, reviewPairs, statements, cpu);
    }

    private static IngestionService.BulkOutcome single(IngestionService ingestion, Principal caller, String code, String key, Row row) {
        try {
            return new IngestionService.BulkOutcome(ingestion.upsert(caller, code, key, new LinkedHashMap<>(row.fields())), null);
        } catch (RuntimeException e) {
            return new IngestionService.BulkOutcome(null, e);
        }
    }

    /** The outcome of one record, counting refusals, failures and warnings; null when it was not matched. */
    private String tallied(IngestionService.BulkOutcome answer, int arrival, int[] tally) {
        if (answer.result() != null) {
            tally[2] += answer.result().warnings().size();
            return answer.result().outcome();
        }
        if (answer.failure() instanceof RequestRefused e) {
            if (++tally[0] <= 3) progress.printf("%s: record %d refused: %s%n", spec.label(), arrival + 1, e.getMessage());
        } else if (++tally[1] <= 3) {
            answer.failure().printStackTrace(progress);
        }
        return null;
    }

    private static int arrival(Map<Long, Integer> arrivalOfRecordId, long recordId) {
        Integer arrival = arrivalOfRecordId.get(recordId);
        if (arrival == null) throw new IllegalStateException("record " + recordId + " is not one the benchmark pushed");
        return arrival;
    }

    private void dropIndex(ApplicationContext hub) {
        try {
            String index = hub.getBean(CandidateRecorder.class).indexName();
            hub.getBean(ElasticsearchClient.class).indices().delete(d -> d.index(index));
        } catch (IOException | RuntimeException e) {
            progress.println(spec.label() + ": could not delete the run's index: " + e);
        }
    }

    /**
     * With {@code -Dhub.bench.history=DIR}, writes the run's master events (with their snapshots) and change events in
     * the order written, without ids and times, to {@code DIR/<run>-history.txt}: two runs of the same data give the
     * same file exactly when mastering recorded the same history, which a speed change must keep.
     */
    private void writeHistory(ApplicationContext hub) {
        String dir = System.getProperty("hub.bench.history");
        if (dir == null || dir.isBlank()) return;
        String database = hub.getRequiredProperty("datasources.default.url", String.class);
        java.nio.file.Path file = java.nio.file.Path.of(dir, spec.indexPrefix() + "-history.txt");
        java.util.regex.Pattern instant = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            progress.println(spec.label() + ": could not write the history: " + e);
            return;
        }
        try (Connection connection = DriverManager.getConnection(database, "sa", "");
             Statement statement = connection.createStatement();
             java.io.BufferedWriter out = java.nio.file.Files.newBufferedWriter(file)) {
            try (java.sql.ResultSet rows = statement.executeQuery(
                    "SELECT master_id, kind, actor, detail, snapshot FROM master_event ORDER BY id")) {
                while (rows.next()) {
                    out.write(instant.matcher("event " + rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getString(4) + " " + rows.getString(5)).replaceAll("<t>"));
                    out.newLine();
                }
            }
            try (java.sql.ResultSet rows = statement.executeQuery(
                    "SELECT event_type, customer_number, sources, payload FROM change_event ORDER BY id")) {
                while (rows.next()) {
                    out.write("change " + rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4));
                    out.newLine();
                }
            }
            progress.println(spec.label() + ": history written to " + file);
        } catch (SQLException | IOException e) {
            progress.println(spec.label() + ": could not write the history: " + e);
        }
    }

    /** The in-memory database outlives the hub's pool (DB_CLOSE_DELAY=-1): free it before the next run. */
    private void shutDown(String database) {
        try (Connection connection = DriverManager.getConnection(database, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            progress.println(spec.label() + ": could not shut the in-memory database down: " + e);
        }
    }
}
