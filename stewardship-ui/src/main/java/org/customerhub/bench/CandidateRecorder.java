package org.customerhub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.customerhub.matching.IndexDocument;
import org.customerhub.search.RecordSearchIndex;
import org.customerhub.standardize.MatchKeys;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hub's search index, unchanged, plus a note of what candidate search answered: while the benchmark pushes a
 * record on its thread, every candidate list the matcher receives for it is kept. This is exactly the candidate
 * set the record was scored against, at no extra query. It also adds up the time spent waiting for candidate
 * search and for indexing, so that the benchmark can say where a push spends its time. Active only in the
 * benchmark's environment.
 */
@Singleton
@Replaces(RecordSearchIndex.class)
@Requires(env = MatchingBenchmark.ENVIRONMENT)
public class CandidateRecorder extends RecordSearchIndex {
    private final ThreadLocal<Set<Long>> current = new ThreadLocal<>();
    private long searchNanos;
    private long indexNanos;

    public CandidateRecorder(ElasticsearchClient client, @Property(name = "hub.elasticsearch.index-prefix") String prefix) {
        super(client, prefix);
    }

    /** Starts noting the candidates proposed on this thread. */
    void begin() {
        current.set(new LinkedHashSet<>());
    }

    /** The record ids proposed on this thread since {@link #begin()}; stops noting. */
    Set<Long> end() {
        Set<Long> noted = current.get();
        current.remove();
        return noted == null ? Set.of() : noted;
    }

    /** Time spent in candidate search on the benchmark's thread while noting. */
    double searchSeconds() {
        return searchNanos / 1e9;
    }

    /** Time spent indexing (each call waits for the refresh that makes the records searchable) while noting. */
    double indexSeconds() {
        return indexNanos / 1e9;
    }

    @Override
    public List<Long> candidateRecordIds(MatchKeys keys, int perQuery) {
        long start = System.nanoTime();
        List<Long> ids = super.candidateRecordIds(keys, perQuery);
        Set<Long> noted = current.get();
        if (noted != null) {
            noted.addAll(ids);
            searchNanos += System.nanoTime() - start;
        }
        return ids;
    }

    @Override
    public void index(List<IndexDocument> documents) {
        long start = System.nanoTime();
        super.index(documents);
        if (current.get() != null) indexNanos += System.nanoTime() - start;
    }
}
