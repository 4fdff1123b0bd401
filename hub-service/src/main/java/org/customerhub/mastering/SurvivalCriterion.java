package org.customerhub.mastering;

import java.util.Arrays;
import java.util.Optional;

/** One way of preferring a contributed value over another; survivorship applies them in the configured order. */
public enum SurvivalCriterion {
    /** A value a steward verified, or an outside check confirmed, beats an unvalidated one. */
    VALIDATED("validated"),
    /** The source trusted more for this attribute (hub.survivorship.trust, else the source's registered trust). */
    SOURCE_TRUST("source-trust"),
    /** The record updated last. */
    MOST_RECENT("most-recent"),
    /** More of the attribute group filled in, then the longer value ("Anna Maria" over "A."). */
    MOST_COMPLETE("most-complete"),
    /** The value given by the most contributing records. */
    MOST_FREQUENT("most-frequent");

    private final String configName;

    SurvivalCriterion(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<SurvivalCriterion> fromConfigName(String name) {
        return Arrays.stream(values()).filter(c -> c.configName.equals(name)).findFirst();
    }
}
