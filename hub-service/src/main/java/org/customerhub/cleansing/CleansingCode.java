package org.customerhub.cleansing;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One code a cleanser gave a field ("SUFFIX_ABBREVIATED"), as the data-quality view counts it. */
@Entity
@Table(name = "cleansing_code")
public class CleansingCode extends CleansingFinding {
    @Column(nullable = false)
    private String code;

    @Creator
    public CleansingCode() {
    }

    public CleansingCode(long proposalId, long sourceId, String attribute, String code) {
        super(proposalId, sourceId, attribute);
        this.code = code;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
