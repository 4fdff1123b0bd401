package org.customerhub.ingestion;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * The latest version of one record of one source, raw as received and in canonical form, and the master it
 * belongs to (the cross-reference). Earlier versions live in {@link SourceRecordVersion}.
 */
@Entity
@Table(name = "source_record")
public class SourceRecord extends HubEntity {
    public enum MatchState { PENDING, MATCHED }

    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(name = "source_key", nullable = false)
    private String sourceKey;
    @Column(name = "raw_json", nullable = false, length = 200000)
    private String rawJson;
    @Column(name = "canonical_json", nullable = false, length = 200000)
    private String canonicalJson;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "mapping_version", nullable = false)
    private int mappingVersion;
    @Column(name = "record_version", nullable = false)
    private int recordVersion;
    @Column(name = "master_id")
    private Long masterId;
    @Column(name = "match_state", nullable = false)
    private String matchState;
    @Column(nullable = false)
    private boolean indexed;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** Inserted by the transaction that holds this instance: nothing else (a proposal, a not-a-match) names it yet. */
    @Transient
    private boolean insertedNow;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public SourceRecord() {
    }

    /** Marks a record this transaction has just inserted (not read): see {@link #insertedNow()}. */
    public void markInserted() {
        insertedNow = true;
    }

    /**
     * True for the instance a transaction inserted, within that transaction (a later one reads a new instance): no
     * row of another table can refer to a record before its insert commits, so lookups by its id can be skipped.
     */
    public boolean insertedNow() {
        return insertedNow;
    }

    public SourceRecord(Long sourceId, String sourceKey) {
        this.sourceId = sourceId;
        this.sourceKey = sourceKey;
        this.createdAt = Instant.now();
        this.matchState = MatchState.PENDING.name();
    }

    public MatchState state() {
        return MatchState.valueOf(matchState);
    }

    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getSourceKey() { return sourceKey; }
    public void setSourceKey(String sourceKey) { this.sourceKey = sourceKey; }
    public String getRawJson() { return rawJson; }
    public void setRawJson(String rawJson) { this.rawJson = rawJson; }
    public String getCanonicalJson() { return canonicalJson; }
    public void setCanonicalJson(String canonicalJson) { this.canonicalJson = canonicalJson; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public int getMappingVersion() { return mappingVersion; }
    public void setMappingVersion(int mappingVersion) { this.mappingVersion = mappingVersion; }
    public int getRecordVersion() { return recordVersion; }
    public void setRecordVersion(int recordVersion) { this.recordVersion = recordVersion; }
    public Long getMasterId() { return masterId; }
    public void setMasterId(Long masterId) { this.masterId = masterId; }
    public String getMatchState() { return matchState; }
    public void setMatchState(String matchState) { this.matchState = matchState; }
    public boolean isIndexed() { return indexed; }
    public void setIndexed(boolean indexed) { this.indexed = indexed; }
    public long getLockVersion() { return lockVersion; }
    public void setLockVersion(long lockVersion) { this.lockVersion = lockVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
