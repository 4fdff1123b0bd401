package org.customerhub.mastering;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * A steward's assertion that two masters are different people: they are never merged, by a review or by hand,
 * until the assertion is revoked. A revoked assertion is kept, with who revoked it and why.
 */
@Entity
@Table(name = "master_not_a_match")
public class MasterNotAMatch extends HubEntity {
    @Column(name = "master_low_id", nullable = false)
    private Long masterLowId;
    @Column(name = "master_high_id", nullable = false)
    private Long masterHighId;
    @Column(name = "asserted_by", nullable = false)
    private String assertedBy;
    @Column(name = "asserted_at", nullable = false)
    private Instant assertedAt;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoke_reason", length = 2000)
    private String revokeReason;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public MasterNotAMatch() {
    }

    MasterNotAMatch(long masterA, long masterB, String assertedBy, String reason) {
        this.masterLowId = Math.min(masterA, masterB);
        this.masterHighId = Math.max(masterA, masterB);
        this.assertedBy = assertedBy;
        this.reason = reason;
        this.assertedAt = Instant.now();
        this.active = true;
    }

    void revoke(String by, String why) {
        active = false;
        revokedBy = by;
        revokedAt = Instant.now();
        revokeReason = why;
    }

    public Long getMasterLowId() { return masterLowId; }
    public void setMasterLowId(Long masterLowId) { this.masterLowId = masterLowId; }
    public Long getMasterHighId() { return masterHighId; }
    public void setMasterHighId(Long masterHighId) { this.masterHighId = masterHighId; }
    public String getAssertedBy() { return assertedBy; }
    public void setAssertedBy(String assertedBy) { this.assertedBy = assertedBy; }
    public Instant getAssertedAt() { return assertedAt; }
    public void setAssertedAt(Instant assertedAt) { this.assertedAt = assertedAt; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getRevokedBy() { return revokedBy; }
    public void setRevokedBy(String revokedBy) { this.revokedBy = revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public void setRevokedAt(Instant revokedAt) { this.revokedAt = revokedAt; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
}
