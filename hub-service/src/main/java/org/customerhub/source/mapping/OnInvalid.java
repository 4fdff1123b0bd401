package org.customerhub.source.mapping;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the hub does with a record whose value in a column cannot be read (a date of birth that names no real
 * day). Rejecting is the default: the source hears about its bad data. Dropping keeps the rest of the record,
 * for sources known to carry some unreadable values that should not cost the customer.
 */
public enum OnInvalid {
    /** the record is refused, naming the column */
    REJECT("reject"),
    /** the value is left out with a warning; the record is kept */
    DROP("drop");

    private final String wireName;

    OnInvalid(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<OnInvalid> fromWireName(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(OnInvalid::wireName).collect(Collectors.joining(", "));
    }
}
