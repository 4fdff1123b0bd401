package org.customerhub.governance.rules;

import java.util.List;

/**
 * What a rule is evaluated against: named values ({@link java.time.Instant}, {@link Number}, {@link String},
 * {@link Boolean} or null when unknown) and the items {@code exists}/{@code count} range over. A pair of records
 * answers {@code a.<attribute>} and {@code b.<attribute>}.
 */
public interface Facts {
    Object value(String name);

    default List<? extends Facts> items() {
        return List.of();
    }
}
