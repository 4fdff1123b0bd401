package org.customerhub.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The Elasticsearch client. In the embedded profile the hub starts its own node from the distribution zip that
 * Maven fetched (hub.elasticsearch.embedded = true, no url) and stops it at shutdown; otherwise it connects to
 * hub.elasticsearch.url.
 */
@Factory
public class ElasticsearchFactory {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    ElasticsearchEndpoint endpoint(@Value("${hub.elasticsearch.embedded:true}") boolean embedded,
                                   @Value("${hub.elasticsearch.url:}") String url,
                                   @Value("${hub.elasticsearch.distribution}") String distribution,
                                   @Value("${hub.elasticsearch.work-dir}") String workDir,
                                   @Value("${hub.elasticsearch.port:9200}") int port,
                                   @Value("${hub.elasticsearch.heap:512m}") String heap) {
        if (url != null && !url.isBlank()) {
            LOG.info("Elasticsearch at {}", url);
            return new ElasticsearchEndpoint(url, null);
        }
        if (!embedded) throw new IllegalStateException("set hub.elasticsearch.url (HUB_ES_URL) or enable hub.elasticsearch.embedded");
        Path zip = Path.of(distribution).toAbsolutePath();
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Elasticsearch distribution not found at " + zip
                    + ": build the project first (./hub start does), or set hub.elasticsearch.url");
        }
        try {
            ElasticsearchNode node = ElasticsearchNode.start(new ElasticsearchNode.Settings(zip, Path.of(workDir).toAbsolutePath(),
                    port, heap, Duration.ofSeconds(180)));
            return new ElasticsearchEndpoint(node.url(), node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Elasticsearch node", e);
        }
    }

    @Singleton
    @Bean(preDestroy = "close")
    ElasticsearchClient client(ElasticsearchEndpoint endpoint) {
        return ElasticsearchClient.of(b -> b.host(endpoint.url()));
    }
}
