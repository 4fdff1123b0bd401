package org.customerhub.household;

import java.util.Map;
import java.util.Optional;

/**
 * Which masters live together. Masters with the same key form a household once enough of them share it. The
 * default rule is configured in {@code hub.households}; an approved governance definition of householding can
 * supply another implementation of this interface.
 */
public interface HouseholdRule {
    /**
     * The key shared by the members of one household, from a master's golden values by attribute wire name;
     * empty when the values do not place the master (no usable address).
     */
    Optional<String> keyOf(Map<String, String> golden);

    /** How many masters must share a key before they are a household. */
    int minimumMembers();
}
