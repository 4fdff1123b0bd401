package org.customerhub.ingestion;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.customerhub.common.Failures;
import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasterRecordRepository;
import org.customerhub.matching.IndexDocument;
import org.customerhub.matching.RecentRecords;
import org.customerhub.matching.RecordIndex;
import org.customerhub.source.SourceRegistry;
import org.customerhub.standardize.MatchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the search index up to the database: every record written with indexed = false is (re)indexed and then
 * marked. The database is written first, so an unavailable index delays matching but never loses a record;
 * the scheduled sweep catches up after an outage.
 * <p>
 * A record to index goes at once into {@link RecentRecords}, where matching finds it, and into a queue that one
 * writer thread sends to the index with {@code _bulk}, at most every {@code hub.index-sync.write-interval}, then
 * refreshes the index and takes the written records out of the buffer. So no push waits for the index, and the
 * index gets a few large writes a second instead of one refresh per record.
 */
@Singleton
public class IndexSync {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    private static final int MAX_BULK = 2000;
    private final SourceRecordRepository records;
    private final MasterRecordRepository masters;
    private final SourceRegistry sources;
    private final RecordIndex index;
    private final RecentRecords recent;
    private final IndexMarks marks;
    private final Duration writeInterval;
    private final EntityManager entities;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile Thread writer;
    private final AtomicBoolean writerStarted = new AtomicBoolean();
    /** Held while a batch is written (by the writer thread, or by drain): never by a push, which must not wait. */
    private final Object writing = new Object();

    /** A record waiting for the writer: its document, its version when read, its write sequence in the buffer. */
    private record Pending(IndexDocument document, long lockVersion, long sequence) {
    }

    public IndexSync(SourceRecordRepository records, MasterRecordRepository masters, SourceRegistry sources, RecordIndex index,
                     RecentRecords recent, IndexMarks marks, @Value("${hub.index-sync.write-interval:200ms}") Duration writeInterval,
                     EntityManager entities) {
        this.entities = entities;
        this.marks = marks;
        this.records = records;
        this.masters = masters;
        this.sources = sources;
        this.index = index;
        this.recent = recent;
        this.writeInterval = writeInterval;
    }

    /** Queues the given records for indexing if they are not indexed yet; matching finds them from now on. */
    public void flush(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) return;
        push(records.findByIdIn(recordIds).stream().filter(r -> !r.isIndexed() && r.getMasterId() != null).toList());
    }

    @Scheduled(fixedDelay = "${hub.index-sync.interval:10s}", initialDelay = "${hub.index-sync.initial-delay:15s}")
    public void flushAll() {
        try {
            List<SourceRecord> pending = records.findByIndexedFalse().stream()
                    .filter(r -> r.getMasterId() != null && !queued.contains(r.getId())).toList();
            if (!pending.isEmpty()) {
                LOG.info("index catch-up: {} records", pending.size());
                for (int i = 0; i < pending.size(); i += 500) push(pending.subList(i, Math.min(pending.size(), i + 500)));
            }
        } catch (RuntimeException e) {
            LOG.warn("index catch-up failed, retrying later: {}", Failures.describe(e));
        }
    }

    /**
     * Writes whatever is queued now and waits for it (a test, the benchmark's end, a rebuild, shutdown), including a
     * record the writer thread has taken from the queue but not written yet; gives up after 30 s of steady pushes.
     */
    public void drain() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            synchronized (writing) {
                List<Pending> batch = new ArrayList<>();
                queue.drainTo(batch);
                write(batch);
            }
            if (queued.isEmpty() || System.nanoTime() > deadline) return;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Records written in a transaction that is not committed yet: matching finds them in the buffer at once (the
     * later lines of the same transaction must), the writer gets them only after the commit ({@link #queue}); after
     * a rollback {@link #discard} takes them out of the buffer again.
     */
    public static final class Staged {
        private final List<Pending> pending = new ArrayList<>();
    }

    /**
     * Puts a record the caller's transaction holds into the buffer, to be queued after its commit; the record is
     * not read again, its master only from the persistence context.
     */
    public void stage(SourceRecord record, Staged into) {
        if (record.isIndexed() || record.getMasterId() == null) return;
        // written first, so that the version noted for marking it indexed is the one the commit leaves
        entities.flush();
        MasterRecord master = masters.findById(record.getMasterId()).orElseThrow();
        into.pending.add(buffered(record, master));
    }

    /** The transaction of these staged records committed: the writer sends them. */
    public void queue(Staged staged) {
        enqueue(staged.pending);
        staged.pending.clear();
    }

    /** The transaction of these staged records rolled back: they do not exist, matching must not find them. */
    public void discard(Staged staged) {
        recent.remove(staged.pending.stream().map(p -> p.document().recordId()).toList());
        staged.pending.clear();
    }

    private void push(List<SourceRecord> pending) {
        enqueue(buffer(pending));
    }

    private List<Pending> buffer(List<SourceRecord> written) {
        if (written.isEmpty()) return List.of();
        Map<Long, MasterRecord> masterById = masters(written);
        List<Pending> buffered = new ArrayList<>(written.size());
        for (SourceRecord r : written) buffered.add(buffered(r, masterById.get(r.getMasterId())));
        return buffered;
    }

    private Pending buffered(SourceRecord r, MasterRecord master) {
        MatchKeys keys = MatchKeys.of(CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson())));
        IndexDocument doc = new IndexDocument(r.getId(), r.getMasterId(), master.getCustomerNumber(), sources.byId(r.getSourceId()).code(), keys);
        return new Pending(doc, r.getLockVersion(), recent.add(r.getId(), keys));
    }

    private void enqueue(List<Pending> pending) {
        if (pending.isEmpty()) return;
        for (Pending p : pending) {
            queued.add(p.document().recordId());
            queue.add(p);
        }
        startWriter();
    }

    private Map<Long, MasterRecord> masters(List<SourceRecord> pending) {
        return masters.findByIdIn(pending.stream().map(SourceRecord::getMasterId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(MasterRecord::getId, Function.identity()));
    }

    private void startWriter() {
        if (stopping || !writerStarted.compareAndSet(false, true)) return;
        Thread thread = new Thread(this::writeLoop, "index-writer");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    private void writeLoop() {
        while (!stopping) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) continue;
                // let a burst gather into one _bulk and one refresh
                Thread.sleep(writeInterval.toMillis());
                List<Pending> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, MAX_BULK - 1);
                synchronized (writing) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("index writer: {}", Failures.describe(e));
            }
        }
    }

    private void write(List<Pending> batch) {
        if (batch.isEmpty()) return;
        try {
            index.index(batch.stream().map(Pending::document).toList());
            index.refresh();
            Map<Long, Long> written = new HashMap<>();
            batch.forEach(p -> written.put(p.document().recordId(), p.sequence()));
            recent.searchable(written);
            Map<Long, Long> versions = new HashMap<>();
            batch.forEach(p -> versions.put(p.document().recordId(), p.lockVersion()));
            marks.markIndexed(versions);
        } catch (RuntimeException e) {
            // the records stay in the buffer and unindexed in the database: the sweep queues them again
            LOG.warn("indexing of {} records deferred to the sweep: {}", batch.size(), Failures.describe(e));
        } finally {
            batch.forEach(p -> queued.remove(p.document().recordId()));
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread running = writer;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain();
    }
}
