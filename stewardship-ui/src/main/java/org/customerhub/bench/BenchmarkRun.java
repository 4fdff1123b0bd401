package org.customerhub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.ApplicationContext;
import org.customerhub.bench.LinkageMetrics.BlockingRecall;
import org.customerhub.bench.LinkageMetrics.PairCounts;
import org.customerhub.bench.LinkageMetrics.ReviewPair;
import org.customerhub.common.RequestRefused;
import org.customerhub.ingestion.IngestResult;
import org.customerhub.ingestion.IngestionService;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.ActiveModel;
import org.customerhub.matching.MatchSettings;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One benchmark run: a fresh hub (in-memory H2, the Camunda engine without job executor, its own index on the
 * shared Elasticsearch node), the FEBRL sources registered with the benchmark mapping, every record pushed through
 * {@link IngestionService#upsert} one at a time in file order, and then the result read back from the database.
 */
final class BenchmarkRun {
    private static final Set<String> MATCHED = Set.of("AUTO_LINK", "REVIEW", "NEW_MASTER");

    /** A source of the run and its records in file order. */
    record SourceFile(String code, String fileName, List<FebrlFile.Row> rows) {
    }

    /**
     * @param dataSet        "febrl3", "febrl4"
     * @param withIdentifier whether soc_sec_id is mapped (to customer_number) or ignored
     * @param sources        pushed one after the other
     */
    record Spec(String dataSet, boolean withIdentifier, List<SourceFile> sources) {
        String label() {
            return dataSet + (withIdentifier ? " with soc_sec_id" : " without soc_sec_id");
        }

        String indexPrefix() {
            return "bench-" + dataSet + (withIdentifier ? "-with-id" : "-without-id");
        }
    }

    /** What a run measured. */
    record Result(Spec spec, int records, int rejected, int failed, int valuesLeftOut, Map<String, Integer> outcomes,
                  long masters, PairCounts asPushed, PairCounts reviewsDecided, int openReviews, int trueReviews,
                  BlockingRecall blocking, double candidatesAverage, int candidatesMax, double pushSeconds,
                  double searchSeconds, double indexSeconds, String modelVersion, double autoLink, double review) {
        double reviewFraction() {
            return records == 0 ? Double.NaN : (double) outcomes.getOrDefault("REVIEW", 0) / records;
        }

        double recordsPerSecond() {
            return records / pushSeconds;
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

    Result run() throws IOException {
        long unique = System.currentTimeMillis();
        Map<String, Object> properties = new HashMap<>();
        String database = "jdbc:h2:mem:" + spec.indexPrefix() + "-" + unique + ";DB_CLOSE_DELAY=-1";
        properties.put("datasources.default.url", database);
        properties.put("hub.elasticsearch.url", elasticsearchUrl);
        properties.put("hub.elasticsearch.index-prefix", spec.indexPrefix() + "-" + unique);
        properties.put("hub.workflow.job-executor", false);
        properties.put("hub.catch-up.enabled", false);
        properties.put("hub.index-sync.initial-delay", "24h");
        properties.put("hub.demo.enabled", false);
        properties.put("logger.levels.root", "WARN");
        progress.printf(Locale.ROOT, "%s: starting a fresh hub%n", spec.label());
        try (ApplicationContext hub = ApplicationContext.run(properties, MatchingBenchmark.ENVIRONMENT)) {
            try {
                return measure(hub);
            } finally {
                dropIndex(hub);
            }
        } finally {
            shutDown(database);
        }
    }

    private Result measure(ApplicationContext hub) {
        SourceRegistry registry = hub.getBean(SourceRegistry.class);
        Principal admin = Principal.system("bench");
        for (SourceFile source : spec.sources()) {
            registry.register(source.code(), "FEBRL " + source.fileName(), 0.5, admin);
            registry.putMapping(source.code(), FebrlMapping.yaml(source.code(), spec.withIdentifier()), admin);
        }

        IngestionService ingestion = hub.getBean(IngestionService.class);
        CandidateRecorder recorder = hub.getBean(CandidateRecorder.class);
        int total = spec.sources().stream().mapToInt(s -> s.rows().size()).sum();
        List<String> entityOf = new ArrayList<>(total);
        List<String[]> keyOf = new ArrayList<>(total);
        Map<Integer, Set<Long>> candidateIdsOf = new HashMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int rejected = 0;
        int failed = 0;
        int valuesLeftOut = 0;
        long start = System.nanoTime();
        for (SourceFile source : spec.sources()) {
            Principal caller = Principal.source(source.code());
            for (FebrlFile.Row row : source.rows()) {
                int arrival = entityOf.size();
                String sourceKey = "line-" + row.line();
                entityOf.add(row.entity());
                keyOf.add(new String[] {source.code(), sourceKey});
                String outcome = null;
                Set<Long> proposed;
                recorder.begin();
                try {
                    IngestResult result = ingestion.upsert(caller, source.code(), sourceKey, new LinkedHashMap<>(row.fields()));
                    outcome = result.outcome();
                    valuesLeftOut += result.warnings().size();
                } catch (RequestRefused e) {
                    rejected++;
                    if (rejected <= 3) progress.printf("%s: %s %s refused: %s%n", spec.label(), source.code(), sourceKey, e.getMessage());
                } catch (RuntimeException e) {
                    failed++;
                    if (failed <= 3) e.printStackTrace(progress);
                } finally {
                    proposed = recorder.end();
                }
                if (outcome != null) outcomes.merge(outcome, 1, Integer::sum);
                if (outcome != null && MATCHED.contains(outcome)) candidateIdsOf.put(arrival, proposed);
                if ((arrival + 1) % 1000 == 0 || arrival + 1 == total) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    progress.printf(Locale.ROOT, "%s: %d / %d records, %.1f records/s%n", spec.label(), arrival + 1, total,
                            (arrival + 1) / seconds);
                }
            }
        }
        double pushSeconds = (System.nanoTime() - start) / 1e9;

        // read the outcome back from the database: masters per record, open reviews
        Map<String, Long> sourceIds = new HashMap<>();
        spec.sources().forEach(s -> sourceIds.put(s.code(), registry.byCode(s.code()).orElseThrow().id()));
        Map<String, SourceRecord> stored = new HashMap<>();
        for (SourceRecord r : hub.getBean(SourceRecordRepository.class).findAll()) stored.put(r.getSourceId() + "/" + r.getSourceKey(), r);
        MasteringService mastering = hub.getBean(MasteringService.class);
        Map<Long, Long> activeMaster = new HashMap<>();
        Map<Long, Integer> arrivalOfRecordId = new HashMap<>();
        Map<Integer, Long> clusterOf = new HashMap<>();
        for (int arrival = 0; arrival < keyOf.size(); arrival++) {
            String[] key = keyOf.get(arrival);
            SourceRecord r = stored.get(sourceIds.get(key[0]) + "/" + key[1]);
            if (r == null) continue;
            arrivalOfRecordId.put(r.getId(), arrival);
            if (r.getMasterId() != null) {
                clusterOf.put(arrival, activeMaster.computeIfAbsent(r.getMasterId(), id -> mastering.active(id).getId()));
            }
        }
        List<ReviewPair> reviews = new ArrayList<>();
        for (MergeReview review : hub.getBean(ReviewService.class).open()) {
            reviews.add(new ReviewPair(arrival(arrivalOfRecordId, review.getSourceRecordId()),
                    arrival(arrivalOfRecordId, review.getCandidateRecordId())));
        }
        Map<Integer, Set<Integer>> candidatesOf = new HashMap<>();
        candidateIdsOf.forEach((arrival, ids) -> {
            Set<Integer> candidates = new LinkedHashSet<>();
            ids.forEach(id -> candidates.add(arrival(arrivalOfRecordId, id)));
            candidatesOf.put(arrival, candidates);
        });

        MatchSettings settings = hub.getBean(MatchSettings.class);
        return new Result(spec, total, rejected, failed, valuesLeftOut, outcomes,
                clusterOf.values().stream().distinct().count(),
                LinkageMetrics.count(entityOf, clusterOf),
                LinkageMetrics.count(entityOf, LinkageMetrics.withReviewsDecided(entityOf, clusterOf, reviews)),
                reviews.size(),
                (int) reviews.stream().filter(r -> entityOf.get(r.record()).equals(entityOf.get(r.candidate()))).count(),
                LinkageMetrics.blocking(entityOf, candidatesOf),
                candidatesOf.values().stream().mapToInt(Set::size).average().orElse(Double.NaN),
                candidatesOf.values().stream().mapToInt(Set::size).max().orElse(0),
                pushSeconds, recorder.searchSeconds(), recorder.indexSeconds(),
                hub.getBean(ActiveModel.class).current().version(), settings.autoLink(), settings.review());
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
