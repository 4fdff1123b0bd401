package org.customerhub.events;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A webhook: where to POST which change events. An admin's subscription hears of every master; a source
 * system's only of masters holding one of its records. The secret signs every delivery (HMAC-SHA256); the hub
 * must keep it readable to sign, so it is shown to the subscriber once and never listed.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends HubEntity {
    @Column(name = "source_code")
    private String sourceCode;
    @Column(nullable = false, length = 2000)
    private String url;
    @Column(name = "event_types", nullable = false, length = 400)
    private String eventTypes;
    @Column(nullable = false, length = 200)
    private String secret;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public WebhookSubscription() {
    }

    WebhookSubscription(String sourceCode, String url, List<String> eventTypes, String secret, String createdBy) {
        this.sourceCode = sourceCode;
        this.url = url;
        this.eventTypes = String.join(",", eventTypes);
        this.secret = secret;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    List<String> types() {
        return Arrays.asList(eventTypes.split(","));
    }

    boolean wants(ChangeEvent event) {
        return active && types().contains(event.getEventType()) && (sourceCode == null || event.concernsSource(sourceCode));
    }

    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getEventTypes() { return eventTypes; }
    public void setEventTypes(String eventTypes) { this.eventTypes = eventTypes; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
