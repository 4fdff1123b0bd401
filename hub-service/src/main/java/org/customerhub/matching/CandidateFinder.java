package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;

import java.util.List;

/**
 * Proposes source records that might be the same person as the given keys. Implemented by the search index;
 * it only narrows the field, the scorer decides. It sees the records that are searchable in the index;
 * {@link RecentRecords} holds those written since.
 */
public interface CandidateFinder {

    /**
     * What candidate search found for one record: the records sharing its blocking keys (those sharing most
     * first), and the records whose names are within a few typos of its names. {@code byFuzzyNames} is null when
     * the fuzzy query was not asked because the keys found something (see {@link #find}). {@code searchedAt}
     * ({@link System#nanoTime()}) is when the search was sent: records the index made searchable after that
     * instant may be missing from the answer, so {@link RecentRecords} still offers them.
     */
    record Found(List<Long> byKeys, List<Long> byFuzzyNames, long searchedAt) {
    }

    /**
     * Candidates for each record, in the order given, at most {@code perQuery} records per query. With
     * {@code fuzzyOnlyWhereKeysFindNothing} the fuzzy name query is only run for the records whose keys found no
     * record (a second round trip for those); otherwise it runs for every record in the same round trip.
     */
    List<Found> find(List<MatchKeys> records, int perQuery, boolean fuzzyOnlyWhereKeysFindNothing);
}
