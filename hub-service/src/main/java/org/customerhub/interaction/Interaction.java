package org.customerhub.interaction;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * Something a silo did with a customer, reported by the silo against its own record. It is stored against the
 * source record, not the master, so that it follows the record through merges and unmerges.
 */
@Entity
@Table(name = "interaction")
public class Interaction extends HubEntity {
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(name = "source_record_id", nullable = false)
    private Long sourceRecordId;
    @Column(name = "source_interaction_id", nullable = false)
    private String sourceInteractionId;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String status;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(length = 2000)
    private String summary;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public Interaction() {
    }

    public Interaction(Long sourceId, String sourceInteractionId) {
        this.sourceId = sourceId;
        this.sourceInteractionId = sourceInteractionId;
        this.createdAt = Instant.now();
    }

    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public Long getSourceRecordId() { return sourceRecordId; }
    public void setSourceRecordId(Long sourceRecordId) { this.sourceRecordId = sourceRecordId; }
    public String getSourceInteractionId() { return sourceInteractionId; }
    public void setSourceInteractionId(String sourceInteractionId) { this.sourceInteractionId = sourceInteractionId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public Instant getEndedAt() { return endedAt; }
    public void setEndedAt(Instant endedAt) { this.endedAt = endedAt; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public long getLockVersion() { return lockVersion; }
    public void setLockVersion(long lockVersion) { this.lockVersion = lockVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
