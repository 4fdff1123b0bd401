package org.customerhub.governance;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** A master that an approved definition flags (new or lost), with the version that flagged it and since when. */
@Entity
@Table(name = "master_flag")
public class MasterFlag extends HubEntity {
    @Column(name = "master_id", nullable = false)
    private Long masterId;
    @Column(nullable = false)
    private String flag;
    @Column(name = "definition_key", nullable = false)
    private String definitionKey;
    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;
    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public MasterFlag() {
    }

    public MasterFlag(Long masterId, String flag, String definitionKey, int definitionVersion) {
        this.masterId = masterId;
        this.flag = flag;
        this.definitionKey = definitionKey;
        this.definitionVersion = definitionVersion;
        this.flaggedAt = Instant.now();
    }

    public Long getMasterId() { return masterId; }
    public void setMasterId(Long masterId) { this.masterId = masterId; }
    public String getFlag() { return flag; }
    public void setFlag(String flag) { this.flag = flag; }
    public String getDefinitionKey() { return definitionKey; }
    public void setDefinitionKey(String definitionKey) { this.definitionKey = definitionKey; }
    public int getDefinitionVersion() { return definitionVersion; }
    public void setDefinitionVersion(int definitionVersion) { this.definitionVersion = definitionVersion; }
    public Instant getFlaggedAt() { return flaggedAt; }
    public void setFlaggedAt(Instant flaggedAt) { this.flaggedAt = flaggedAt; }
}
