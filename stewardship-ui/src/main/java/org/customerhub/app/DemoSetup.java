package org.customerhub.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.customerhub.common.RequestRefused;
import org.customerhub.demo.DemoDataGenerator;
import org.customerhub.demo.DemoRecord;
import org.customerhub.ingestion.IngestResult;
import org.customerhub.ingestion.IngestionService;
import org.customerhub.security.Principal;
import org.customerhub.source.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resort demo: registers the four silos with the mappings from mappings/, issues fresh tokens (printed,
 * since a token is shown only once) and, on an empty hub, pushes the generated customers through the same
 * ingest-and-match path the API uses, so that the inbox has reviews.
 */
@Singleton
@Requires(property = "hub.demo.enabled", value = "true")
public class DemoSetup {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);
    /** Silo and how far its data is trusted for the golden record (casino IDs are checked at the cage). */
    static final Map<String, Double> SILOS = new LinkedHashMap<>(Map.of("hotel", 0.8, "spa", 0.6, "retail", 0.4, "casino", 0.9));

    private final SourceRegistry sources;
    private final IngestionService ingestion;
    private final int people;
    private final Map<String, String> tokens = new TreeMap<>();
    private Map<String, Integer> loaded = Map.of();
    /** Each silo reports a few interactions once the demo customers are loaded (governance's cross-silo view). */
    @Inject
    DemoInteractions interactions;

    public DemoSetup(SourceRegistry sources, IngestionService ingestion, @Value("${hub.demo.people:1300}") int people) {
        this.sources = sources;
        this.ingestion = ingestion;
        this.people = people;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Principal admin = Principal.system("demo");
        boolean fresh = sources.list().isEmpty();
        for (String code : List.of("hotel", "spa", "retail", "casino")) {
            String yaml = resource("mappings/" + code + ".yaml");
            if (sources.byCode(code).isEmpty()) {
                tokens.put(code, sources.register(code, displayName(yaml, code), SILOS.get(code), admin).token());
            } else {
                tokens.put(code, sources.rotateToken(code, admin).token());
            }
            try {
                // a changed demo mapping waits for a steward's approval like any other (listed at /ui/mappings)
                sources.putMapping(code, yaml, admin);
            } catch (RequestRefused refused) {
                // a steward approved a newer version of the demo mapping meanwhile: that one stays
                LOG.info("demo mapping of {} not registered again: {}", code, refused.getMessage());
            }
        }
        if (fresh) loaded = load();
    }

    private Map<String, Integer> load() {
        List<DemoRecord> records = new DemoDataGenerator(42).generate(people);
        LOG.info("loading {} demo records through the ingest-and-match path", records.size());
        Map<String, Integer> outcomes = new TreeMap<>();
        long start = System.nanoTime();
        int done = 0;
        Map<String, List<String[]>> byMaster = new LinkedHashMap<>();
        for (DemoRecord r : records) {
            IngestResult result = ingestion.upsert(Principal.source(r.source()), r.source(), r.sourceKey(), new LinkedHashMap<>(r.fields()));
            if (result.customerNumber() != null)
                byMaster.computeIfAbsent(result.customerNumber(), n -> new java.util.ArrayList<>()).add(new String[]{r.source(), r.sourceKey()});
            outcomes.merge(result.outcome() == null ? result.status() : result.outcome(), 1, Integer::sum);
            if (++done % 250 == 0) LOG.info("demo load: {} / {} records", done, records.size());
        }
        LOG.info("demo load done in {} s: {}", (System.nanoTime() - start) / 1_000_000_000, outcomes);
        interactions.report(byMaster);
        return outcomes;
    }

    public Map<String, String> tokens() {
        return tokens;
    }

    public Map<String, Integer> loaded() {
        return loaded;
    }

    private static String displayName(String yaml, String fallback) {
        return yaml.lines().filter(l -> l.startsWith("name:")).map(l -> l.substring(5).strip()).findFirst().orElse(fallback);
    }

    private static String resource(String path) {
        try (InputStream in = DemoSetup.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
