package org.customerhub.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.customerhub.ingestion.IngestResult;
import org.customerhub.ingestion.IngestionService;
import org.customerhub.search.ElasticsearchEndpoint;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceRegistry;
import org.customerhub.stewardship.MergeReview;
import org.customerhub.stewardship.MergeReviewRepository;
import org.customerhub.stewardship.ReviewService;
import org.customerhub.stewardship.TaskAssignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steward UI's latency with many open reviews ({@code ./hub bench-ui}): a hub like the one of {@code ./hub start}
 * (HTTP server, Camunda engine, its own Elasticsearch node, H2 in memory) gets look-alike pairs pushed through the
 * ingest-and-match path ({@link IngestionService#upsert}, as the API does) until they raise real reviews; the rest of
 * the open reviews are copies of those reviews (same records and explanation, a spread of probabilities) written
 * through the service layer ({@link MergeReviewRepository} and {@link ReviewService#startProcess}), each with its
 * own review process and task. A logged-in steward then requests inbox views and review pages over HTTP, one at a
 * time, and the benchmark prints p50, p95, p99 and the maximum per page.
 */
public final class UiLatencyBenchmark {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> GIVEN = List.of("Edda", "Ottilie", "Bruno", "Ines", "Maja", "Tomas", "Greta", "Hugo",
            "Lena", "Aurel", "Carmen", "Dario", "Frida", "Jonas", "Klara", "Milo", "Nora", "Pavel", "Rosa", "Soren");

    private static final int SEED_THREADS = 4;

    private UiLatencyBenchmark() {
    }

    record Options(int reviews, int pairs, int requests, int warmUp, Path distribution, Path out) {
        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("unexpected " + args[i]);
                given.put(args[i].substring(2), args[++i]);
            }
            Set<String> known = Set.of("reviews", "pairs", "requests", "warm-up", "distribution", "out");
            given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
                throw new IllegalArgumentException("unknown option --" + k);
            });
            int reviews = Integer.parseInt(given.getOrDefault("reviews", "10000"));
            int pairs = Integer.parseInt(given.getOrDefault("pairs", "60"));
            if (reviews < pairs || pairs < 1) throw new IllegalArgumentException("--reviews must be at least --pairs, and --pairs at least 1");
            return new Options(reviews, pairs, Integer.parseInt(given.getOrDefault("requests", "100")),
                    Integer.parseInt(given.getOrDefault("warm-up", "20")),
                    Path.of(given.getOrDefault("distribution", "stewardship-ui/target/elasticsearch/elasticsearch.zip")),
                    Path.of(given.getOrDefault("out", "target/bench/ui-latency.md")));
        }
    }

    /** One page measured: its name, and the URL of the i-th request. */
    record Scenario(String name, IntFunction<String> url) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream table = System.out;
        System.setOut(System.err);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: ./hub bench-ui [--reviews 10000] [--pairs 60] [--requests 100] [--warm-up 20]");
            System.exit(2);
            return;
        }
        BenchmarkReport.Machine machine = BenchmarkReport.Machine.now();
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", "jdbc:h2:mem:bench-ui-" + System.currentTimeMillis() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
        properties.put("hub.elasticsearch.embedded", true);
        properties.put("hub.elasticsearch.distribution", options.distribution().toString());
        properties.put("hub.elasticsearch.work-dir", "target/bench/ui-elasticsearch");
        properties.put("hub.elasticsearch.port", 0);
        properties.put("hub.elasticsearch.index-prefix", "bench-ui-" + System.currentTimeMillis());
        properties.put("hub.workflow.job-executor", false);
        properties.put("hub.catch-up.enabled", false);
        properties.put("hub.index-sync.initial-delay", "24h");
        properties.put("hub.demo.enabled", false);
        properties.put("logger.levels.root", "WARN");
        try (ApplicationContext hub = ApplicationContext.run(properties)) {
            // stopped with ^C too, so that the Elasticsearch node the hub started does not stay behind
            Runtime.getRuntime().addShutdownHook(new Thread(() -> { if (hub.isRunning()) hub.close(); }, "bench-ui-shutdown"));
            EmbeddedServer server = hub.getBean(EmbeddedServer.class).start();
            long seedStart = System.nanoTime();
            List<Long> reviewIds = seed(hub, options);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            String esVersion = BenchmarkReport.elasticsearchVersion(hub.getBean(ElasticsearchEndpoint.class).url());
            Steward steward = Steward.logIn(server.getURL().toString());
            Random random = new Random(7);
            IntFunction<String> anyReview = i -> String.valueOf(reviewIds.get(random.nextInt(reviewIds.size())));
            List<Scenario> scenarios = List.of(
                    new Scenario("inbox, All tab, oldest first", i -> "/ui/inbox"),
                    new Scenario("inbox, Unassigned, most likely first", i -> "/ui/inbox?tab=unassigned&sort=likely"),
                    new Scenario("inbox, My tasks", i -> "/ui/inbox?tab=mine"),
                    new Scenario("inbox, source and score band filter", i -> "/ui/inbox?source=spa&band=low"),
                    new Scenario("inbox, queue filter, page 100", i -> "/ui/inbox?queue=standard&page=100"),
                    new Scenario("inbox, Deferred tab", i -> "/ui/inbox?tab=deferred"),
                    new Scenario("review page (comparison of the pair)", i -> "/ui/reviews/" + anyReview.apply(i)),
                    new Scenario("compare page (all records, merge preview)", i -> "/ui/compare?review=" + anyReview.apply(i)));
            List<String[]> rows = new ArrayList<>();
            for (Scenario s : scenarios) {
                for (int i = 0; i < options.warmUp(); i++) steward.get(s.url().apply(i));
                long[] millis = new long[options.requests()];
                for (int i = 0; i < options.requests(); i++) millis[i] = steward.get(s.url().apply(i));
                Arrays.sort(millis);
                rows.add(new String[] {s.name(), ms(millis, 0.50), ms(millis, 0.95), ms(millis, 0.99), millis[millis.length - 1] + " ms"});
                System.err.println("measured: " + String.join(" | ", rows.get(rows.size() - 1)));
            }
            BenchmarkReport.Machine done = machine.finished(esVersion, "512m");
            String report = render(options, done, seedSeconds, reviewIds.size(), rows);
            table.print(report);
            table.flush();
            Files.createDirectories(options.out().toAbsolutePath().getParent());
            Files.writeString(options.out(), report, StandardCharsets.UTF_8);
            System.err.println("written to " + options.out());
        }
        System.exit(0);
    }

    /** The open reviews: real ones from pushed look-alike pairs, then copies of them through the service layer. */
    private static List<Long> seed(ApplicationContext hub, Options options) {
        SourceRegistry registry = hub.getBean(SourceRegistry.class);
        Principal admin = Principal.system("bench-ui");
        Map<String, String> silos = new LinkedHashMap<>();
        silos.put("hotel", "hotel");
        silos.put("spa", "spa");
        silos.put("wellness", "spa");
        for (Map.Entry<String, String> s : silos.entrySet()) {
            registry.registerWithMapping(s.getKey(), s.getKey() + " (bench)", 0.6,
                    mapping(s.getValue()).replaceFirst("(?m)^source:.*$", "source: " + s.getKey()), admin);
            registry.forgetMapping(s.getKey());
        }
        IngestionService ingestion = hub.getBean(IngestionService.class);
        MergeReviewRepository repository = hub.getBean(MergeReviewRepository.class);
        ReviewService reviews = hub.getBean(ReviewService.class);
        List<Long> real = new ArrayList<>();
        for (int i = 0; i < options.pairs(); i++) {
            String family = family(i);
            String given = GIVEN.get(i % GIVEN.size());
            Map<String, Object> guest = new LinkedHashMap<>();
            guest.put("PROFILE_ID", "HP-" + i);
            guest.put("GUEST_NAME", family + ", " + given);
            guest.put("ADDR_LINE1", (100 + i) + " Paradise Rd");
            guest.put("CITY", "Las Vegas");
            guest.put("ZIP", "89169");
            ingestion.upsert(Principal.source("hotel"), "hotel", "HP-" + i, guest);
            String source = i % 3 == 0 ? "wellness" : "spa";
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("client_no", "SPA-" + i);
            client.put("first_name", given);
            client.put("last_name", family);
            client.put("town", "Las Vegas");
            IngestResult result = ingestion.upsert(Principal.source(source), source, "SPA-" + i, client);
            if (result.reviewId() != null) real.add(result.reviewId());
            if ((i + 1) % 50 == 0) System.err.printf(Locale.ROOT, "pushed %d of %d pairs, %d reviews%n", i + 1, options.pairs(), real.size());
        }
        if (real.isEmpty()) throw new IllegalStateException("the pushed pairs raised no review; nothing to measure");
        List<Long> all = Collections.synchronizedList(new ArrayList<>(real));
        long copiesStart = System.nanoTime();
        int copies = options.reviews() - real.size();
        // a few threads, as several hub threads would: each copy is a row and its own process start
        ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            MergeReview model = repository.findById(real.get(i % real.size())).orElseThrow();
            double probability = 0.6 + new Random(i).nextDouble() * 0.39;
            started.add(pool.submit(() -> {
                MergeReview copy = repository.save(new MergeReview(model.getSourceRecordId(), model.getRecordMasterId(),
                        model.getCandidateRecordId(), model.getCandidateMasterId(), model.getMatchDecisionId(), probability));
                reviews.startProcess(copy.getId());
                all.add(copy.getId());
                if (all.size() % 500 == 0) System.err.printf(Locale.ROOT, "%d of %d open reviews, %.0f copies/s%n", all.size(),
                        options.reviews(), (all.size() - real.size()) / ((System.nanoTime() - copiesStart) / 1e9));
            }));
        }
        pool.shutdown();
        for (Future<?> f : started) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("seeding failed", e.getCause());
            }
        }
        // some work of the steward's own (My tasks) and some deferred
        TaskAssignment assignment = hub.getBean(TaskAssignment.class);
        Principal steward = Principal.user("steward", Set.of(Role.STEWARD));
        for (int i = 0; i < 40; i++) assignment.claim(all.get(all.size() - 1 - i), steward);
        for (int i = 0; i < 20; i++) {
            assignment.defer(all.get(i * 7), steward, java.time.Instant.now().plusSeconds(86_400), false, "waiting for the spa");
        }
        return all;
    }

    /** A made-up family name per pair: unlikely letters from the pair's number, so that no two pairs look alike. */
    private static String family(int i) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        int n = i + 1000;
        while (n > 0) {
            name.append(consonants.charAt(n % consonants.length())).append(vowels.charAt((n / 7) % vowels.length()));
            n /= consonants.length();
        }
        name.append("sky");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String mapping(String silo) {
        try (InputStream in = UiLatencyBenchmark.class.getClassLoader().getResourceAsStream("mappings/" + silo + ".yaml")) {
            if (in == null) throw new IllegalStateException("missing mapping " + silo);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] + " ms";
    }

    private static String render(Options options, BenchmarkReport.Machine machine, double seedSeconds, int reviews, List<String[]> rows) {
        StringBuilder out = new StringBuilder("## Steward UI latency\n\n");
        out.append(String.format(Locale.ROOT, "%s: %,d open reviews (%d pushed look-alike pairs, the rest copies through the service "
                        + "layer; seeded in %.0f s); %d requests per page after %d uncounted, one at a time, as one logged-in steward.%n",
                machine.startedUtc(), reviews, options.pairs(), seedSeconds, options.requests(), options.warmUp()));
        out.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %s RAM; %s; Elasticsearch %s; H2 in memory; load average %s at "
                        + "start, %s at end.%n%n", machine.cores(), machine.cpu(), machine.memory(), machine.jdk(), machine.elasticsearch(),
                machine.loadAtStart(), machine.loadAtEnd()));
        out.append("| page | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|\n");
        for (String[] r : rows) out.append("| ").append(String.join(" | ", r)).append(" |\n");
        return out.toString();
    }

    /** A steward's browser session over HTTP: the session cookie, and the time of each page until its last byte. */
    private static final class Steward {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        private Steward(String base) {
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        static Steward logIn(String base) throws IOException, InterruptedException {
            Steward s = new Steward(base);
            HttpResponse<String> form = s.client.send(HttpRequest.newBuilder(URI.create(s.base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(form.body());
            if (!csrf.find()) throw new IllegalStateException("no login form");
            String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&username=steward&password=steward-demo&next=";
            HttpResponse<String> login = s.client.send(HttpRequest.newBuilder(URI.create(s.base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 303) throw new IllegalStateException("login failed: " + login.statusCode());
            return s;
        }

        long get(String path) {
            try {
                long start = System.nanoTime();
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (page.statusCode() != 200) throw new IllegalStateException(path + " answered " + page.statusCode());
                return millis;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
