package org.customerhub.cleansing;

import java.util.Locale;

/**
 * How far a proposed value departs from the stored one: not at all, in form only (case, punctuation, USPS
 * abbreviations, parts moved between fields), by adding what was missing (ZIP+4, a state, a unit taken from the
 * street line), or in content (another street, postcode, domain). Ordered from least to most.
 */
public enum ChangeKind {
    NONE, FORMAT, ENRICHMENT, CONTENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ChangeKind max(ChangeKind other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
