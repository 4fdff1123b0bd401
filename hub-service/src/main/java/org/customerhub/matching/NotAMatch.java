package org.customerhub.matching;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** A steward's assertion that two source records are different people; the matcher never links across it. */
@Entity
@Table(name = "not_a_match")
public class NotAMatch extends HubEntity {
    @Column(name = "record_low_id", nullable = false)
    private Long recordLowId;
    @Column(name = "record_high_id", nullable = false)
    private Long recordHighId;
    @Column(name = "asserted_by", nullable = false)
    private String assertedBy;
    @Column(name = "asserted_at", nullable = false)
    private Instant assertedAt;
    @Column(length = 2000)
    private String reason;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public NotAMatch() {
    }

    public NotAMatch(long recordA, long recordB, String assertedBy, String reason) {
        this.recordLowId = Math.min(recordA, recordB);
        this.recordHighId = Math.max(recordA, recordB);
        this.assertedBy = assertedBy;
        this.reason = reason;
        this.assertedAt = Instant.now();
    }

    public Long getRecordLowId() { return recordLowId; }
    public void setRecordLowId(Long recordLowId) { this.recordLowId = recordLowId; }
    public Long getRecordHighId() { return recordHighId; }
    public void setRecordHighId(Long recordHighId) { this.recordHighId = recordHighId; }
    public String getAssertedBy() { return assertedBy; }
    public void setAssertedBy(String assertedBy) { this.assertedBy = assertedBy; }
    public Instant getAssertedAt() { return assertedAt; }
    public void setAssertedAt(Instant assertedAt) { this.assertedAt = assertedAt; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
