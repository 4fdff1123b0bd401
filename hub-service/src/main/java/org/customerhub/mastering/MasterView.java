package org.customerhub.mastering;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A master as the API and UI show it: golden values with lineage, and the source records cross-referenced to it. */
public record MasterView(String customerNumber, String status, String requestedNumber, List<String> mergedNumbers,
                         Map<String, GoldenValue> golden, List<CrossReference> sourceRecords,
                         Instant createdAt, Instant updatedAt, long version) {

    public record CrossReference(long recordId, String source, String sourceKey, int recordVersion,
                                 Map<String, String> canonical, Instant updatedAt) {
    }
}
