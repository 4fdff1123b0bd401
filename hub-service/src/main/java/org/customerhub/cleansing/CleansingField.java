package org.customerhub.cleansing;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One field a cleanser answered for, as the data-quality view counts it; written once with its proposal. */
@Entity
@Table(name = "cleansing_field")
public class CleansingField extends CleansingFinding {
    @Column(name = "result_status", nullable = false)
    private String resultStatus;
    @Column(nullable = false)
    private boolean changed;

    @Creator
    public CleansingField() {
    }

    public CleansingField(long proposalId, long sourceId, String attribute, String resultStatus, boolean changed) {
        super(proposalId, sourceId, attribute);
        this.resultStatus = resultStatus;
        this.changed = changed;
    }

    public String getResultStatus() { return resultStatus; }
    public void setResultStatus(String resultStatus) { this.resultStatus = resultStatus; }
    public boolean isChanged() { return changed; }
    public void setChanged(boolean changed) { this.changed = changed; }
}
