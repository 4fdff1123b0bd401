package org.customerhub.governance;

import java.time.Instant;

/** A definition key at a glance: what it is, the version in force, and the latest version's state. */
public record DefinitionSummary(String key, String kind, String description, Integer inForceVersion, Instant effectiveFrom,
                                String inForceBody, int latestVersion, String latestStatus) {
}
