package org.customerhub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.customerhub.search.RecordSearchIndex;
import org.customerhub.standardize.MatchKeys;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hub's search index, unchanged, plus a note of what candidate search answered: while the benchmark pushes a
 * record on its thread, every candidate list the matcher receives for it is kept. This is exactly the candidate
 * set the record was scored against, at no extra query. Active only in the benchmark's environment.
 */
@Singleton
@Replaces(RecordSearchIndex.class)
@Requires(env = MatchingBenchmark.ENVIRONMENT)
public class CandidateRecorder extends RecordSearchIndex {
    private final ThreadLocal<Set<Long>> current = new ThreadLocal<>();

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

    @Override
    public List<Long> candidateRecordIds(MatchKeys keys, int perQuery) {
        List<Long> ids = super.candidateRecordIds(keys, perQuery);
        Set<Long> noted = current.get();
        if (noted != null) noted.addAll(ids);
        return ids;
    }
}
