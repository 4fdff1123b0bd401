package org.customerhub.cleansing;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

/** One field a cleanser answered for, as the data-quality view counts it; written once with its proposal. */
@Entity
@Table(name = "cleansing_field")
public class CleansingField extends HubEntity {
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(nullable = false)
    private String attribute;
    @Column(name = "result_status", nullable = false)
    private String resultStatus;
    @Column(nullable = false)
    private boolean changed;

    @Creator
    public CleansingField() {
    }

    public CleansingField(long proposalId, long sourceId, String attribute, String resultStatus, boolean changed) {
        this.proposalId = proposalId;
        this.sourceId = sourceId;
        this.attribute = attribute;
        this.resultStatus = resultStatus;
        this.changed = changed;
    }

    public Long getProposalId() { return proposalId; }
    public void setProposalId(Long proposalId) { this.proposalId = proposalId; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getAttribute() { return attribute; }
    public void setAttribute(String attribute) { this.attribute = attribute; }
    public String getResultStatus() { return resultStatus; }
    public void setResultStatus(String resultStatus) { this.resultStatus = resultStatus; }
    public boolean isChanged() { return changed; }
    public void setChanged(boolean changed) { this.changed = changed; }
}
