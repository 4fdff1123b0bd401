package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.customerhub.customer.CanonicalAttribute.*;

/**
 * What a cleanser looks at in one go. An address is verified as a whole (street, number, unit, postcode, city and
 * state belong together), so one proposal covers all of its fields; a name likewise; phone, e-mail and date of
 * birth stand alone. A steward's bulk acceptance is for one kind at a time.
 */
public enum CleansingKind {
    ADDRESS(List.of(HOUSE_NUMBER, STREET, UNIT, POSTCODE, CITY, REGION, COUNTRY)),
    NAME(List.of(GIVEN_NAME, MIDDLE_NAME, FAMILY_NAME)),
    PHONE(List.of(CanonicalAttribute.PHONE)),
    EMAIL(List.of(CanonicalAttribute.EMAIL)),
    DATE_OF_BIRTH(List.of(CanonicalAttribute.DATE_OF_BIRTH));

    private final List<CanonicalAttribute> attributes;

    CleansingKind(List<CanonicalAttribute> attributes) {
        this.attributes = attributes;
    }

    public List<CanonicalAttribute> attributes() {
        return attributes;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CleansingKind> fromWire(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.wireName().equalsIgnoreCase(name.strip())).findFirst();
    }

    public static Optional<CleansingKind> of(CanonicalAttribute attribute) {
        return Arrays.stream(values()).filter(k -> k.attributes.contains(attribute)).findFirst();
    }
}
