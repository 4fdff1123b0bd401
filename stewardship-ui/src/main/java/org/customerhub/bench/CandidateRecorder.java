package org.customerhub.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.customerhub.matching.CandidateListener;
import org.customerhub.matching.IndexDocument;
import org.customerhub.matching.RecentRecords;
import org.customerhub.search.RecordSearchIndex;
import org.customerhub.standardize.MatchKeys;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hub's search index, unchanged, plus a note of what matching scored: for every record matched, the
 * candidate records it was scored against (the union of the index's and the recent-records buffer's answers),
 * exactly the set blocking recall is about, at no extra query. It also adds up the time spent waiting for
 * candidate search and, on the index writer's thread, for indexing, so that the benchmark can say where the time
 * goes. Active only in the benchmark's environment.
 */
@Singleton
@Replaces(RecordSearchIndex.class)
@Requires(env = MatchingBenchmark.ENVIRONMENT)
public class CandidateRecorder extends RecordSearchIndex implements CandidateListener {
    private final Map<Long, Set<Long>> scoredAgainst = new ConcurrentHashMap<>();
    private final AtomicLong searchNanos = new AtomicLong();
    private final AtomicLong indexNanos = new AtomicLong();

    public CandidateRecorder(ElasticsearchClient client, RecentRecords recent,
                             @Property(name = "hub.elasticsearch.index-prefix") String prefix) {
        super(client, recent, prefix);
    }

    /** The candidates each matched record (by id) was scored against. */
    Map<Long, Set<Long>> scoredAgainst() {
        return scoredAgainst;
    }

    /** Time spent in candidate search (_msearch round trips). */
    double searchSeconds() {
        return searchNanos.get() / 1e9;
    }

    /** Time the index writer spent in _bulk and refresh, off the ingesting thread. */
    double indexSeconds() {
        return indexNanos.get() / 1e9;
    }

    @Override
    public void scored(long recordId, List<Long> candidateRecordIds) {
        scoredAgainst.put(recordId, Set.copyOf(candidateRecordIds));
    }

    @Override
    public List<Found> find(List<MatchKeys> records, int perQuery, boolean fuzzyOnlyWhereKeysFindNothing) {
        long start = System.nanoTime();
        try {
            return super.find(records, perQuery, fuzzyOnlyWhereKeysFindNothing);
        } finally {
            searchNanos.addAndGet(System.nanoTime() - start);
        }
    }

    @Override
    public void index(List<IndexDocument> documents) {
        long start = System.nanoTime();
        try {
            super.index(documents);
        } finally {
            indexNanos.addAndGet(System.nanoTime() - start);
        }
    }

    @Override
    public void refresh() {
        long start = System.nanoTime();
        try {
            super.refresh();
        } finally {
            indexNanos.addAndGet(System.nanoTime() - start);
        }
    }
}
