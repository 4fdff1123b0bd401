package org.customerhub.governance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of shared definition the hub executes. Each kind has one definition key in force at a time; its body
 * is checked by {@link DefinitionBodies} before it is stored.
 */
public enum DefinitionKind {
    /** Which canonical fields are captured, which are required, and their format (YAML). */
    NOMENCLATURE,
    /** When a master counts as a new customer (a condition of the rule language). */
    NEW_CUSTOMER,
    /** When a master counts as a lost customer (a condition of the rule language). */
    LOST_CUSTOMER,
    /** When two records belong to one household (a condition over a pair: same(street) and ...). */
    HOUSEHOLD_RULE,
    /** What a customer number looks like (YAML: prefix, digits, separator, check-digit). */
    CUSTOMER_NUMBER_FORMAT,
    /** Deny and warn rules a silo's contact check is answered by. */
    CONTACT_POLICY;

    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<DefinitionKind> fromWire(String value) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(value)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(DefinitionKind::wire).toList();
    }

    /** Kinds whose approval changes which masters are flagged, so their proposals get an impact preview. */
    public boolean flags() {
        return this == NEW_CUSTOMER || this == LOST_CUSTOMER;
    }

    /** The flag a flagging kind sets: {@code new} or {@code lost}. */
    public String flag() {
        return switch (this) {
            case NEW_CUSTOMER -> "new";
            case LOST_CUSTOMER -> "lost";
            default -> throw new IllegalStateException(this + " sets no flag");
        };
    }
}
