package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One kind of a record's values as the hub stores them (canonical form), to be checked by a cleanser. The reference
 * is an opaque id for the vendor's logs: never a name or other personal data.
 */
public record CleansingRequest(String reference, CleansingKind kind, Map<CanonicalAttribute, String> values) {
    public CleansingRequest {
        EnumMap<CanonicalAttribute, String> copy = new EnumMap<>(CanonicalAttribute.class);
        values.forEach((attribute, value) -> {
            if (!kind.attributes().contains(attribute))
                throw new IllegalArgumentException(attribute.wireName() + " is not part of " + kind.wireName());
            if (value != null && !value.isBlank()) copy.put(attribute, value.strip());
        });
        values = Collections.unmodifiableMap(copy);
    }

    public String value(CanonicalAttribute attribute) {
        return values.get(attribute);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
