package org.customerhub.matching;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.standardize.MatchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * How common each value of the term-frequency attributes is among the stored records, so that agreeing on a rare
 * family name weighs more than agreeing on "smith". Built from the database on first use (at start) and kept up
 * to date by ingestion; thread-safe. A record stored while the table is being built may be counted twice until
 * the next start: a share off by one record in thousands.
 */
@Singleton
public class TermFrequencies {
    private static final Logger LOG = LoggerFactory.getLogger(TermFrequencies.class);
    /** The attributes whose exact agreement can be weighed by frequency, and the compared value of each. */
    static final Map<String, Function<MatchKeys, String>> VALUES = Map.of(
            PairComparator.GIVEN_NAME, MatchKeys::givenFolded,
            PairComparator.FAMILY_NAME, MatchKeys::familyFolded,
            PairComparator.DATE_OF_BIRTH, MatchKeys::dateOfBirth,
            PairComparator.EMAIL, MatchKeys::emailKey,
            PairComparator.PHONE, MatchKeys::phone,
            PairComparator.POSTCODE, MatchKeys::postcode,
            PairComparator.CITY, MatchKeys::cityFolded);

    private final RecordCorpus corpus;
    private final TermFrequencySettings settings;
    private volatile Table table;

    public TermFrequencies(RecordCorpus corpus, MatchSettings settings) {
        this.corpus = corpus;
        this.settings = settings.termFrequency();
        for (String attribute : this.settings.attributes()) {
            if (!VALUES.containsKey(attribute))
                throw new IllegalStateException("hub.matching.term-frequency.attributes: " + attribute + " cannot be weighed by frequency");
        }
    }

    /** The weight of exact agreement on a value, and the value's frequency it was derived from. */
    public record Adjusted(double weight, double termFrequency) {
    }

    public boolean adjusts(String attribute) {
        return settings.attributes().contains(attribute);
    }

    /**
     * The weight of exact agreement on {@code value}: log2(m / tf), with tf the value's share among the records
     * that have the attribute, pulled towards the model's u by {@code prior-records} and kept within the
     * configured bits of the model's exact weight.
     */
    public Adjusted adjust(String attribute, String value, LevelParameters exact) {
        Table t = table();
        double prior = settings.priorRecords();
        long total = t.total(attribute);
        double tf = total + prior > 0 ? (t.count(attribute, value) + prior * exact.u()) / (total + prior) : exact.u();
        double base = exact.weight();
        double weight = tf > 0 ? Math.log(exact.m() / tf) / Math.log(2) : Double.POSITIVE_INFINITY;
        weight = Math.max(base - settings.maxDecrease(), Math.min(base + settings.maxIncrease(), weight));
        return new Adjusted(weight, tf);
    }

    /** Share of the records with the attribute that have this value (0 when none has it). */
    public double share(String attribute, String value) {
        Table t = table();
        long total = t.total(attribute);
        return total == 0 ? 0 : (double) t.count(attribute, value) / total;
    }

    /** A record was stored: {@code before} is its previous content (null for a new record). */
    public void recordStored(CanonicalRecord before, CanonicalRecord after) {
        Table t = table();
        if (before != null) t.add(MatchKeys.of(before), -1);
        if (after != null) t.add(MatchKeys.of(after), 1);
    }

    public void add(MatchKeys keys) {
        table().add(keys, 1);
    }

    /** Builds the table at start rather than in the first request that needs it. */
    @EventListener
    void onStartup(StartupEvent event) {
        table();
    }

    private Table table() {
        Table t = table;
        if (t != null) return t;
        synchronized (this) {
            if (table == null) {
                Table built = new Table(settings);
                AtomicLong records = new AtomicLong();
                corpus.forEach((id, keys) -> {
                    built.add(keys, 1);
                    records.incrementAndGet();
                });
                LOG.info("term frequencies built from {} records", records.get());
                table = built;
            }
            return table;
        }
    }

    private static final class Table {
        private final Map<String, ConcurrentHashMap<String, Long>> counts = new HashMap<>();
        private final Map<String, AtomicLong> totals = new HashMap<>();

        Table(TermFrequencySettings settings) {
            for (String attribute : settings.attributes()) {
                counts.put(attribute, new ConcurrentHashMap<>());
                totals.put(attribute, new AtomicLong());
            }
        }

        void add(MatchKeys keys, long delta) {
            counts.forEach((attribute, byValue) -> {
                String value = VALUES.get(attribute).apply(keys);
                if (value == null || value.isEmpty()) return;
                byValue.compute(value, (v, n) -> {
                    long next = (n == null ? 0 : n) + delta;
                    return next <= 0 ? null : next;
                });
                totals.get(attribute).addAndGet(delta);
            });
        }

        long count(String attribute, String value) {
            Map<String, Long> byValue = counts.get(attribute);
            Long n = byValue == null || value == null ? null : byValue.get(value);
            return n == null ? 0 : n;
        }

        long total(String attribute) {
            AtomicLong total = totals.get(attribute);
            return total == null ? 0 : Math.max(0, total.get());
        }
    }
}
