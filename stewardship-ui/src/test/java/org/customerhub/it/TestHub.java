package org.customerhub.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
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
public final class TestHub implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    private static TestHub instance;
    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final String esUrl;

    private TestHub() {
        deleteQuietly(Path.of("target/test-es/data"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", "jdbc:h2:mem:hub-it;DB_CLOSE_DELAY=-1");
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
        esUrl = context.getBean(org.customerhub.search.ElasticsearchEndpoint.class).url();
    }

    static synchronized TestHub get() {
        if (instance == null) instance = new TestHub();
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext extensionContext) {
        TestHub hub = get();
        // the root store closes the hub once, after the last test class of the run
        extensionContext.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("customer-hub", k -> hub);
    }

    @Override
    public void close() {
        context.close();
    }

    public String url() {
        return server.getURL().toString();
    }

    public ApplicationContext context() {
        return context;
    }

    /** The Elasticsearch URL of the node the hub started, for a second hub sharing it. */
    public String elasticsearchUrl() {
        return esUrl;
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
