package org.customerhub.mastering;

import org.customerhub.ingestion.SourceRecord;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A master as it was right after one of its events, stored with the event: what the point-in-time view shows.
 * Records are referenced by id and version, whose canonical form the record's version history still holds.
 */
record Snapshot(String status, String mergedInto, List<String> mergedNumbers, Map<String, GoldenValue> golden,
                List<RecordRef> records, String household, List<MasterView.Override> overrides, long version) {

    record RecordRef(long recordId, String source, String sourceKey, int recordVersion) {
    }

    static Snapshot of(MasterRecord master, String mergedIntoNumber, List<SourceRecord> members, Function<SourceRecord, String> sourceCode,
                       List<String> mergedNumbers, String household, List<MasterView.Override> overrides, Map<String, GoldenValue> golden) {
        List<RecordRef> refs = members.stream().sorted(Comparator.comparing(SourceRecord::getId))
                .map(r -> new RecordRef(r.getId(), sourceCode.apply(r), r.getSourceKey(), r.getRecordVersion())).toList();
        return new Snapshot(master.getStatus(), mergedIntoNumber, mergedNumbers, golden, refs, household, overrides, master.getLockVersion());
    }

    MasterView toView(MasterRecord master, String requested, Instant recordedAt, Instant asOf,
                      BiFunction<Long, Integer, Map<String, String>> canonicalOfVersion) {
        List<MasterView.CrossReference> xrefs = records.stream().map(r -> new MasterView.CrossReference(r.recordId(), r.source(),
                r.sourceKey(), r.recordVersion(), canonicalOfVersion.apply(r.recordId(), r.recordVersion()), null)).toList();
        return new MasterView(master.getCustomerNumber(), status, requested, mergedNumbers, golden, xrefs, master.getCreatedAt(),
                recordedAt, version, household, overrides, asOf);
    }
}
