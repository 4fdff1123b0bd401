package org.customerhub.governance;

import java.time.Instant;

/** The version of a definition in force, compiled into what the hub executes ({@code T}). */
public record ApprovedDefinition<T>(String key, int version, Instant effectiveFrom, T rule) {
    /** "lost-customer v3", for answers that say which definition decided. */
    public String reference() {
        return key + " v" + version;
    }
}
