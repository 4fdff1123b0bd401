package org.customerhub.events;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** One change event on its way to one subscription: pending (with its next attempt), delivered, or failed. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends HubEntity {
    public enum Status { PENDING, DELIVERED, FAILED, CANCELLED }

    @Column(name = "subscription_id", nullable = false)
    private Long subscriptionId;
    @Column(name = "change_event_id", nullable = false)
    private Long changeEventId;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error", length = 500)
    private String lastError;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public WebhookDelivery() {
    }

    WebhookDelivery(long subscriptionId, long changeEventId) {
        this.subscriptionId = subscriptionId;
        this.changeEventId = changeEventId;
        this.status = Status.PENDING.name();
        this.nextAttemptAt = Instant.now();
    }

    public Long getSubscriptionId() { return subscriptionId; }
    public void setSubscriptionId(Long subscriptionId) { this.subscriptionId = subscriptionId; }
    public Long getChangeEventId() { return changeEventId; }
    public void setChangeEventId(Long changeEventId) { this.changeEventId = changeEventId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public void setLastAttemptAt(Instant lastAttemptAt) { this.lastAttemptAt = lastAttemptAt; }
    public Integer getLastStatus() { return lastStatus; }
    public void setLastStatus(Integer lastStatus) { this.lastStatus = lastStatus; }
    public String getLastError() { return lastError; }
    public void setLastError(String lastError) { this.lastError = lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(Instant deliveredAt) { this.deliveredAt = deliveredAt; }
    public long getLockVersion() { return lockVersion; }
    public void setLockVersion(long lockVersion) { this.lockVersion = lockVersion; }
}
