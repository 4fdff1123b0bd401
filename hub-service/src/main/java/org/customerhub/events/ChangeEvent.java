package org.customerhub.events;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * One change of a master for subscribers, written to the outbox table in the transaction of the change itself:
 * if the change commits, the event exists; if it rolls back, so does the event. The dispatcher fans it out to
 * the matching webhook subscriptions and marks it dispatched.
 */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends HubEntity {
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(name = "customer_number", nullable = false)
    private String customerNumber;
    /** The sources with records on the masters concerned, comma-separated: a source hears only of its customers. */
    @Column(nullable = false, length = 4000)
    private String sources;
    @Column(nullable = false, length = 20000)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean dispatched;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public ChangeEvent() {
    }

    ChangeEvent(String eventType, String customerNumber, String sources, String payload) {
        this.eventType = eventType;
        this.customerNumber = customerNumber;
        this.sources = sources;
        this.payload = payload;
        this.createdAt = Instant.now();
    }

    boolean concernsSource(String code) {
        return ("," + sources + ",").contains("," + code + ",");
    }

    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String getCustomerNumber() { return customerNumber; }
    public void setCustomerNumber(String customerNumber) { this.customerNumber = customerNumber; }
    public String getSources() { return sources; }
    public void setSources(String sources) { this.sources = sources; }
    public String getPayload() { return payload; }
    public void setPayload(String payload) { this.payload = payload; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public boolean isDispatched() { return dispatched; }
    public void setDispatched(boolean dispatched) { this.dispatched = dispatched; }
}
