package org.customerhub.mastering;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A master as the API and UI show it: golden values with lineage, the source records cross-referenced to it, its
 * household, and the steward overrides in force.
 *
 * @param household the household number, null when the master is in none
 * @param asOf      for a point-in-time view, the time asked for; null for the master as it is now
 */
public record MasterView(String customerNumber, String status, String requestedNumber, List<String> mergedNumbers,
                         Map<String, GoldenValue> golden, List<CrossReference> sourceRecords,
                         Instant createdAt, Instant updatedAt, long version, String household,
                         List<Override> overrides, Instant asOf) {

    /**
     * What a source system may see of a master: the golden values (that is what the hub is for), but of the
     * cross-references only its own records, no other source's record keys in the lineage, and no steward notes.
     */
    public MasterView forSource(String sourceCode) {
        Map<String, GoldenValue> visibleGolden = new LinkedHashMap<>();
        golden.forEach((k, v) -> visibleGolden.put(k, v.source().equals(sourceCode) ? v
                : new GoldenValue(v.value(), 0, v.source(), null, v.rule())));
        return new MasterView(customerNumber, status, requestedNumber, mergedNumbers, visibleGolden,
                sourceRecords.stream().filter(x -> x.source().equals(sourceCode)).toList(), createdAt, updatedAt, version,
                household, List.of(), asOf);
    }

    public record CrossReference(long recordId, String source, String sourceKey, int recordVersion,
                                 Map<String, String> canonical, Instant updatedAt) {
    }

    /**
     * A pin or verification in force on this master.
     *
     * @param madeOn the customer number of the master it was made on: a merged-in master's overrides apply to the
     *               survivor until an unmerge takes them back
     */
    public record Override(long id, String attribute, String kind, Map<String, String> values, String source,
                           String sourceKey, String reason, String by, Instant at, String madeOn) {
    }
}
