package org.customerhub.mastering;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A master as the API and UI show it: golden values with lineage, and the source records cross-referenced to it. */
public record MasterView(String customerNumber, String status, String requestedNumber, List<String> mergedNumbers,
                         Map<String, GoldenValue> golden, List<CrossReference> sourceRecords,
                         Instant createdAt, Instant updatedAt, long version) {

    /**
     * What a source system may see of a master: the golden values (that is what the hub is for), but of the
     * cross-references only its own records, and no other source's record keys in the lineage.
     */
    public MasterView forSource(String sourceCode) {
        Map<String, GoldenValue> visibleGolden = new java.util.LinkedHashMap<>();
        golden.forEach((k, v) -> visibleGolden.put(k, v.source().equals(sourceCode) ? v
                : new GoldenValue(v.value(), 0, v.source(), null, v.rule())));
        return new MasterView(customerNumber, status, requestedNumber, mergedNumbers, visibleGolden,
                sourceRecords.stream().filter(x -> x.source().equals(sourceCode)).toList(), createdAt, updatedAt, version);
    }

    public record CrossReference(long recordId, String source, String sourceKey, int recordVersion,
                                 Map<String, String> canonical, Instant updatedAt) {
    }
}
