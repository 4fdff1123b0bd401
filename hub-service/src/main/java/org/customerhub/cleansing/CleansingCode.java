package org.customerhub.cleansing;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

/** One code a cleanser gave a field ("SUFFIX_ABBREVIATED"), as the data-quality view counts it. */
@Entity
@Table(name = "cleansing_code")
public class CleansingCode extends HubEntity {
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(nullable = false)
    private String attribute;
    @Column(nullable = false)
    private String code;

    @Creator
    public CleansingCode() {
    }

    public CleansingCode(long proposalId, long sourceId, String attribute, String code) {
        this.proposalId = proposalId;
        this.sourceId = sourceId;
        this.attribute = attribute;
        this.code = code;
    }

    public Long getProposalId() { return proposalId; }
    public void setProposalId(Long proposalId) { this.proposalId = proposalId; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getAttribute() { return attribute; }
    public void setAttribute(String attribute) { this.attribute = attribute; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
