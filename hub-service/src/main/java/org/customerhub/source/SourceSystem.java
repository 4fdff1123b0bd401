package org.customerhub.source;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** A silo that sends customer records to the hub (hotel PMS, spa, POS...). Its token is stored hashed only. */
@Entity
@Table(name = "source_system")
public class SourceSystem extends HubEntity {
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private double trust;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public SourceSystem() {
    }

    public SourceSystem(String code, String name, double trust, String tokenHash, String createdBy) {
        this.code = code;
        this.name = name;
        this.trust = trust;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public double getTrust() { return trust; }
    public void setTrust(double trust) { this.trust = trust; }
    public String getTokenHash() { return tokenHash; }
    public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
}
