package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.source.ActiveMapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stores a pushed record in one transaction: the latest state plus an immutable version row. Pushing the same
 * content again changes nothing (idempotent ingestion).
 */
@Singleton
public class RecordStore {
    private final SourceRecordRepository records;
    private final SourceRecordVersionRepository versions;

    public RecordStore(SourceRecordRepository records, SourceRecordVersionRepository versions) {
        this.records = records;
        this.versions = versions;
    }

    @Transactional
    public StoredRecord store(ActiveMapping mapping, String sourceKey, Map<String, Object> raw, CanonicalRecord canonical) {
        String rawJson = Json.write(raw);
        String hash = sha256(rawJson);
        SourceRecord existing = records.findBySourceIdAndSourceKey(mapping.source().id(), sourceKey).orElse(null);
        // the same content read with the same mapping version changes nothing; after a new mapping it is re-read
        if (existing != null && existing.getContentHash().equals(hash) && existing.getMappingVersion() == mapping.version()) {
            return new StoredRecord(existing, false, false, null);
        }
        String previousCanonical = existing == null ? null : existing.getCanonicalJson();
        SourceRecord record = existing == null ? new SourceRecord(mapping.source().id(), sourceKey) : existing;
        record.setRawJson(rawJson);
        record.setCanonicalJson(Json.write(canonical.toWire()));
        record.setContentHash(hash);
        record.setMappingVersion(mapping.version());
        record.setRecordVersion(record.getRecordVersion() + 1);
        record.setIndexed(false);
        record.setUpdatedAt(Instant.now());
        record = existing == null ? records.save(record) : records.update(record);
        if (existing == null) record.markInserted();
        versions.save(new SourceRecordVersion(record));
        return new StoredRecord(record, existing == null, true, previousCanonical);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
