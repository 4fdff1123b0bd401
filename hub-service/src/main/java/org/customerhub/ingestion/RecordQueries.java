package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.mastering.MasteringService;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads of stored source records: a source sees its own, stewards and admins see all. */
@Singleton
public class RecordQueries {
    private final SourceRegistry sources;
    private final SourceRecordRepository records;
    private final SourceRecordVersionRepository versions;
    private final MasteringService mastering;

    public RecordQueries(SourceRegistry sources, SourceRecordRepository records, SourceRecordVersionRepository versions,
                         MasteringService mastering) {
        this.sources = sources;
        this.records = records;
        this.versions = versions;
        this.mastering = mastering;
    }

    @Transactional
    public Map<String, Object> describe(Principal caller, String code, String sourceKey) {
        if (!caller.isSource(code) && !caller.has(Role.STEWARD) && !caller.has(Role.ADMIN))
            throw RequestRefused.forbidden("A source reads only its own records");
        SourceInfo source = sources.byCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        SourceRecord record = records.findBySourceIdAndSourceKey(source.id(), sourceKey)
                .orElseThrow(() -> RequestRefused.notFound("record", code + "/" + sourceKey));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", code);
        body.put("sourceKey", sourceKey);
        body.put("recordVersion", record.getRecordVersion());
        body.put("matchState", record.getMatchState());
        body.put("customerNumber", record.getMasterId() == null ? null : mastering.active(record.getMasterId()).getCustomerNumber());
        body.put("raw", Json.readMap(record.getRawJson()));
        body.put("canonical", Json.readMap(record.getCanonicalJson()));
        body.put("versions", versions.findBySourceRecordIdOrderByRecordVersion(record.getId()).stream()
                .map(v -> Map.of("recordVersion", v.getRecordVersion(), "receivedAt", v.getReceivedAt().toString(),
                        "raw", Json.readMap(v.getRawJson()))).toList());
        return body;
    }

    /** The hub's id of a source record, for operations that name records by source and key. */
    @Transactional
    public long recordId(String code, String sourceKey) {
        SourceInfo source = sources.byCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        return records.findBySourceIdAndSourceKey(source.id(), sourceKey)
                .orElseThrow(() -> RequestRefused.notFound("record", code + "/" + sourceKey)).getId();
    }

    /** The master of a source record: the cross-reference lookup by any source key. */
    @Transactional
    public String customerNumberOf(String code, String sourceKey) {
        SourceInfo source = sources.byCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        SourceRecord record = records.findBySourceIdAndSourceKey(source.id(), sourceKey)
                .orElseThrow(() -> RequestRefused.notFound("record", code + "/" + sourceKey));
        if (record.getMasterId() == null) throw RequestRefused.conflict("Record not matched yet", "The record is stored and waits for matching");
        return mastering.active(record.getMasterId()).getCustomerNumber();
    }
}
