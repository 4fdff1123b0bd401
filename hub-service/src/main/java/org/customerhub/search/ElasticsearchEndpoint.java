package org.customerhub.search;

/** Where the hub's Elasticsearch is, and the node behind it when the hub started one itself. */
public final class ElasticsearchEndpoint implements AutoCloseable {
    private final String url;
    private final ElasticsearchNode node;

    ElasticsearchEndpoint(String url, ElasticsearchNode node) {
        this.url = url;
        this.node = node;
    }

    public String url() {
        return url;
    }

    public boolean embedded() {
        return node != null;
    }

    @Override
    public void close() {
        if (node != null) node.close();
    }
}
