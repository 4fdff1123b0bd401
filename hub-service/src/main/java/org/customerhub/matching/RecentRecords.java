package org.customerhub.matching;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.customerhub.standardize.MatchKeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The records this node wrote to the search index that a search may not show: an index makes writes searchable
 * only after a refresh, and waiting for a refresh per record would cap ingestion near 50 records a second.
 * Matching asks this buffer with the same blocking keys and fuzzy name rule as the index ({@link BlockingKeys})
 * and takes the union, so each record is matched against every record before it as soon as that one is stored.
 * <p>
 * A search sent at instant t may miss every record the index made searchable after t, so a record stays on
 * offer to the searches sent before its refresh completed ({@code searchedAt}); it is dropped {@code retention}
 * after that refresh (longer than any batch takes between its index search and its last record). Node-local: a
 * record written through another hub node becomes visible here with that node's next refresh (a fraction of a
 * second). Bounded: beyond {@code max-records} (an index that stays down) the oldest entries are dropped; those
 * records are indexed by the catch-up sweep. Thread-safe.
 */
@Singleton
public class RecentRecords {
    private static final long NOT_YET = Long.MAX_VALUE;

    /** One buffered record: its keys, the write sequence it was added with and since when the index shows it. */
    public static final class Entry {
        private final long recordId;
        private final MatchKeys keys;
        private final List<String> blocks;
        private final long familyLetters;
        private final long givenLetters;
        private final long sequence;
        private long searchableSince = NOT_YET;

        Entry(long recordId, MatchKeys keys, long sequence) {
            this.recordId = recordId;
            this.keys = keys;
            this.blocks = BlockingKeys.of(keys);
            this.familyLetters = letters(keys.familyFolded());
            this.givenLetters = letters(keys.givenFolded());
            this.sequence = sequence;
        }

        public long recordId() {
            return recordId;
        }

        public MatchKeys keys() {
            return keys;
        }

        /** True when a search sent at {@code searchedAt} may not have seen this record. */
        boolean unseenBy(long searchedAt) {
            return searchableSince > searchedAt;
        }
    }

    private final int maxRecords;
    private final long retentionNanos;
    private final LinkedHashMap<Long, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Set<Long>> byBlock = new HashMap<>();
    /** The entries no refresh has made searchable yet, oldest write first. */
    private final LinkedHashMap<Long, Entry> notYet = new LinkedHashMap<>();
    /**
     * The entries each refresh made searchable, by its instant: a scan for what a search may have missed reads
     * only those of the refreshes after the search, not the whole buffer (most of which every search in flight
     * has seen). Lists may hold entries removed or written again since; {@link #current} tells.
     */
    private final TreeMap<Long, List<Entry>> byRefresh = new TreeMap<>();
    private long sequence;

    public RecentRecords(@Value("${hub.matching.recent.max-records:50000}") int maxRecords,
                         @Value("${hub.matching.recent.retention:60s}") Duration retention) {
        this.maxRecords = maxRecords;
        this.retentionNanos = retention.toNanos();
    }

    /** Buffers (or replaces) a record just written; returns the sequence number of this write. */
    public synchronized long add(long recordId, MatchKeys keys) {
        removeEntry(recordId);
        Entry entry = new Entry(recordId, keys, ++sequence);
        byId.put(recordId, entry);
        notYet.put(recordId, entry);
        for (String block : entry.blocks) byBlock.computeIfAbsent(block, b -> new HashSet<>()).add(recordId);
        prune();
        return entry.sequence;
    }

    /**
     * A refresh has completed after these writes (record id to the sequence number of its write): searches sent
     * from now on see them. A record written again since stays unsearchable.
     */
    public synchronized void searchable(Map<Long, Long> sequenceByRecord) {
        long now = System.nanoTime();
        List<Entry> refreshed = new ArrayList<>(sequenceByRecord.size());
        sequenceByRecord.forEach((recordId, written) -> {
            Entry e = byId.get(recordId);
            if (e != null && e.sequence == written && e.searchableSince == NOT_YET) {
                e.searchableSince = now;
                notYet.remove(recordId);
                refreshed.add(e);
            }
        });
        if (!refreshed.isEmpty()) byRefresh.computeIfAbsent(now, t -> new ArrayList<>()).addAll(refreshed);
        prune();
    }

    public synchronized void remove(List<Long> recordIds) {
        recordIds.forEach(this::removeEntry);
    }

    /** Records not searchable yet. */
    public synchronized int unsearchable() {
        return notYet.size();
    }

    /**
     * The buffered records a search sent at {@code searchedAt} may have missed that share a blocking key with
     * {@code keys} (those sharing most first, at most {@code perQuery}), and those whose names match fuzzily.
     */
    public CandidateFinder.Found find(MatchKeys keys, int perQuery, long searchedAt) {
        return find(keys, perQuery, searchedAt, true);
    }

    /**
     * The same; with {@code namesUnlessKeys}, the fuzzy names (a scan of the buffer, the costly part) only where
     * the keys find nothing here, without it not at all: matching uses fuzzy names only where neither the index nor
     * the buffer found anything by keys, so it asks for them only when the index found nothing.
     */
    public synchronized CandidateFinder.Found find(MatchKeys keys, int perQuery, long searchedAt, boolean namesUnlessKeys) {
        if (byId.isEmpty()) return new CandidateFinder.Found(List.of(), List.of(), searchedAt);
        Map<Long, Integer> shared = new HashMap<>();
        for (String block : BlockingKeys.of(keys)) {
            Set<Long> ids = byBlock.get(block);
            if (ids == null) continue;
            for (Long id : ids) if (byId.get(id).unseenBy(searchedAt)) shared.merge(id, 1, Integer::sum);
        }
        List<Long> byKeys = shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(perQuery).map(Map.Entry::getKey).toList();
        List<Long> fuzzy = namesUnlessKeys && byKeys.isEmpty() ? fuzzyNames(keys, perQuery, searchedAt) : List.of();
        return new CandidateFinder.Found(byKeys, fuzzy, searchedAt);
    }

    /**
     * The buffered records whose names match fuzzily ({@link BlockingKeys#fuzzyNamesMatch}). A scan of the buffer,
     * so each entry is first checked by the letters its names contain: an edit adds or removes at most two letters,
     * so names whose letter sets differ in more than twice the budget cannot be within it.
     */
    private List<Long> fuzzyNames(MatchKeys keys, int max, long searchedAt) {
        String family = keys.familyFolded();
        String given = keys.givenFolded();
        if (family == null || given == null) return List.of();
        long familyLetters = letters(family);
        long givenLetters = letters(given);
        int familyBudget = 2 * EditDistance.autoFuzziness(family);
        int givenBudget = 2 * EditDistance.autoFuzziness(given);
        return matching(e -> (Long.bitCount(familyLetters ^ e.familyLetters) <= familyBudget
                        && Long.bitCount(givenLetters ^ e.givenLetters) <= givenBudget
                        || Long.bitCount(givenLetters ^ e.familyLetters) <= givenBudget
                        && Long.bitCount(familyLetters ^ e.givenLetters) <= familyBudget)
                && BlockingKeys.fuzzyNamesMatch(keys, e.keys()), max, searchedAt);
    }

    /** The letters of a name as bits (characters sharing a bit only make the check looser). */
    private static long letters(String name) {
        if (name == null) return 0;
        long bits = 0;
        for (int i = 0; i < name.length(); i++) bits |= 1L << (name.charAt(i) & 63);
        return bits;
    }

    /**
     * Buffered records a search sent at {@code searchedAt} may have missed (0: all) whose keys satisfy the
     * condition, oldest first, at most {@code max}.
     */
    public synchronized List<Long> matching(Predicate<Entry> condition, int max, long searchedAt) {
        List<Entry> hits = new ArrayList<>();
        if (searchedAt == 0) {
            for (Entry e : byId.values()) {
                if (hits.size() >= max) break;
                if (condition.test(e)) hits.add(e);
            }
        } else {
            // the few that match, not the whole unseen part, are put in write order
            for (Entry e : notYet.values()) if (condition.test(e)) hits.add(e);
            for (List<Entry> refreshed : byRefresh.tailMap(searchedAt, false).values()) {
                for (Entry e : refreshed) if (current(e) && condition.test(e)) hits.add(e);
            }
            hits.sort(Comparator.comparingLong(e -> e.sequence));
        }
        List<Long> out = new ArrayList<>(Math.min(max, hits.size()));
        for (Entry e : hits) {
            if (out.size() >= max) break;
            out.add(e.recordId);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** True when the entry is still the buffer's one for its record (not removed, not written again since). */
    private boolean current(Entry e) {
        return byId.get(e.recordId) == e;
    }

    /** Drops what every search in flight has seen for longer than the retention, and the oldest beyond the bound. */
    private void prune() {
        long cutoff = System.nanoTime() - retentionNanos;
        Map<Long, List<Entry>> expired = byRefresh.headMap(cutoff, false);
        for (List<Entry> refreshed : expired.values()) {
            for (Entry e : refreshed) if (current(e)) removeEntry(e.recordId);
        }
        expired.clear();
        int over = byId.size() - maxRecords;
        if (over <= 0) return;
        List<Long> oldest = new ArrayList<>(over);
        Iterator<Long> oldestFirst = byId.keySet().iterator();
        while (oldest.size() < over && oldestFirst.hasNext()) oldest.add(oldestFirst.next());
        oldest.forEach(this::removeEntry);
    }

    private void removeEntry(long recordId) {
        Entry old = byId.remove(recordId);
        if (old == null) return;
        notYet.remove(recordId);
        for (String block : old.blocks) {
            Set<Long> ids = byBlock.get(block);
            if (ids == null) continue;
            ids.remove(recordId);
            if (ids.isEmpty()) byBlock.remove(block);
        }
    }
}
