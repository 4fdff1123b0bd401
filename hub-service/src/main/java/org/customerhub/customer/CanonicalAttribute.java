package org.customerhub.customer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The agreed canonical customer model: every source maps its own fields onto these attributes.
 * The wire name (snake_case) is what mappings, the API and the stored canonical JSON use.
 */
public enum CanonicalAttribute {
    GIVEN_NAME("given_name"),
    MIDDLE_NAME("middle_name"),
    FAMILY_NAME("family_name"),
    DATE_OF_BIRTH("date_of_birth"),
    GENDER("gender"),
    STREET("street"),
    HOUSE_NUMBER("house_number"),
    UNIT("unit"),
    POSTCODE("postcode"),
    CITY("city"),
    REGION("region"),
    COUNTRY("country"),
    PHONE("phone"),
    EMAIL("email"),
    CUSTOMER_NUMBER("customer_number");

    private final String wireName;

    CanonicalAttribute(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CanonicalAttribute> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    public static String allWireNames() {
        return String.join(", ", Arrays.stream(values()).map(CanonicalAttribute::wireName).toList());
    }
}
