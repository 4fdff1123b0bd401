package org.customerhub.matching;

/** What the hub does with a new record after scoring its candidates. */
public enum MatchOutcome {
    /** linked to its master without human review */
    AUTO_LINK,
    /** a steward decides: the record gets its own master until then */
    REVIEW,
    /** nobody like it: a new master */
    NEW_MASTER
}
