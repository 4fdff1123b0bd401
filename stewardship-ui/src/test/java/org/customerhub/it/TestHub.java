package org.customerhub.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.customerhub.search.ElasticsearchEndpoint;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hub under test: started once per test run (JVM) with its own real Elasticsearch node and the real Camunda
 * engine on an in-memory H2 database, and stopped when the run ends. Test classes join it with
 * {@code @ExtendWith(TestHub.class)} and talk to it over HTTP only.
 */
public final class TestHub implements BeforeAllCallback {
    private static Running running;

    /** JUnit makes one extension object per test class; the hub itself is the single {@link Running} instance. */
    public TestHub() {
    }

    @Override
    public void beforeAll(ExtensionContext extensionContext) {
        get();
    }

    /** The URL of the shared test node, for test classes outside this package that start a second hub on it. */
    public static String sharedElasticsearchUrl() {
        return get().elasticsearchUrl();
    }

    static synchronized Running get() {
        if (running == null) {
            running = new Running();
            // Surefire runs each test class as its own JUnit execution, so JUnit's root store would close the hub
            // after the first class; the JVM's end is the end of the test run
            Runtime.getRuntime().addShutdownHook(new Thread(running.context::close, "test-hub-shutdown"));
        }
        return running;
    }

    static final class Running {
        private final ApplicationContext context;
        private final EmbeddedServer server;

        private Running() {
            deleteQuietly(Path.of("target/test-es/data"));
            Map<String, Object> properties = new HashMap<>();
            properties.put("micronaut.server.port", -1);
            properties.put("datasources.default.url", "jdbc:h2:mem:hub-it;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
            properties.put("hub.elasticsearch.embedded", true);
            properties.put("hub.elasticsearch.distribution", "target/elasticsearch/elasticsearch.zip");
            properties.put("hub.elasticsearch.work-dir", "target/test-es");
            properties.put("hub.elasticsearch.port", 0);
            properties.put("hub.elasticsearch.index-prefix", "it");
            properties.put("hub.workflow.job-executor", false);
            properties.put("hub.catch-up.enabled", false);
            properties.put("hub.index-sync.initial-delay", "1h");
            context = ApplicationContext.run(properties, "test");
            server = context.getBean(EmbeddedServer.class).start();
        }

        String url() {
            return server.getURL().toString();
        }

        ApplicationContext context() {
            return context;
        }

        /** The URL of the node this hub started, for a second hub sharing it. */
        String elasticsearchUrl() {
            return context.getBean(ElasticsearchEndpoint.class).url();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover data dir only costs disk; the index prefix keeps runs apart
        }
    }
}
