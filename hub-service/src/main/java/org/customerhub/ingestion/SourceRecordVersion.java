package org.customerhub.ingestion;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** One received version of a source record, kept forever: raw input is never lost or overwritten. */
@Entity
@Table(name = "source_record_version")
public class SourceRecordVersion extends HubEntity {
    @Column(name = "source_record_id", nullable = false)
    private Long sourceRecordId;
    @Column(name = "record_version", nullable = false)
    private int recordVersion;
    @Column(name = "raw_json", nullable = false, length = 200000)
    private String rawJson;
    @Column(name = "canonical_json", nullable = false, length = 200000)
    private String canonicalJson;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public SourceRecordVersion() {
    }

    public SourceRecordVersion(SourceRecord record) {
        this.sourceRecordId = record.getId();
        this.recordVersion = record.getRecordVersion();
        this.rawJson = record.getRawJson();
        this.canonicalJson = record.getCanonicalJson();
        this.contentHash = record.getContentHash();
        this.receivedAt = record.getUpdatedAt();
    }

    public Long getSourceRecordId() { return sourceRecordId; }
    public void setSourceRecordId(Long sourceRecordId) { this.sourceRecordId = sourceRecordId; }
    public int getRecordVersion() { return recordVersion; }
    public void setRecordVersion(int recordVersion) { this.recordVersion = recordVersion; }
    public String getRawJson() { return rawJson; }
    public void setRawJson(String rawJson) { this.rawJson = rawJson; }
    public String getCanonicalJson() { return canonicalJson; }
    public void setCanonicalJson(String canonicalJson) { this.canonicalJson = canonicalJson; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public Instant getReceivedAt() { return receivedAt; }
    public void setReceivedAt(Instant receivedAt) { this.receivedAt = receivedAt; }
}
