package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.standardize.TextFolding;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.customerhub.customer.CanonicalAttribute.*;

/**
 * Classifies what a cleanser's answer changes, the way the routing table needs it: each value is reduced to a
 * comparison key that ignores what does not change content (case, accents, punctuation, USPS abbreviations, state
 * name or code, phone formatting); equal keys are a format change. For an address, house number, street and unit
 * are compared as one line, so "1234 Desert Inn Road Apt 5" split into its parts is a format change too.
 */
final class Changes {
    private static final UspsReference USPS = UspsReference.INSTANCE;
    private static final List<CanonicalAttribute> ADDRESS_LINE = List.of(HOUSE_NUMBER, STREET, UNIT);

    private Changes() {
    }

    static Map<CanonicalAttribute, ChangeKind> of(List<FieldResult> fields) {
        Map<CanonicalAttribute, ChangeKind> changes = new EnumMap<>(CanonicalAttribute.class);
        fields.forEach(f -> changes.put(f.attribute(), field(f.attribute(), f.before(), f.after())));
        boolean lineTouched = fields.stream().anyMatch(f -> ADDRESS_LINE.contains(f.attribute()) && f.changes());
        if (lineTouched && line(fields, true).equals(line(fields, false))) {
            fields.stream().filter(f -> ADDRESS_LINE.contains(f.attribute()) && f.changes())
                    .forEach(f -> changes.put(f.attribute(), ChangeKind.FORMAT));
        }
        return changes;
    }

    static ChangeKind field(CanonicalAttribute attribute, String before, String after) {
        if (Objects.equals(blankToNull(before), blankToNull(after))) return ChangeKind.NONE;
        if (blankToNull(before) == null) return ChangeKind.ENRICHMENT;
        if (blankToNull(after) == null) return ChangeKind.CONTENT;
        String keyBefore = key(attribute, before);
        String keyAfter = key(attribute, after);
        if (keyBefore.equals(keyAfter)) return ChangeKind.FORMAT;
        if (attribute == POSTCODE && keyBefore.length() == 5 && keyAfter.length() == 9 && keyAfter.startsWith(keyBefore)) {
            return ChangeKind.ENRICHMENT;
        }
        return ChangeKind.CONTENT;
    }

    private static String line(List<FieldResult> fields, boolean before) {
        return ADDRESS_LINE.stream().map(a -> fields.stream().filter(f -> f.attribute() == a).findFirst()
                        .map(f -> key(a, before ? f.before() : f.after())).orElse(""))
                .filter(k -> !k.isEmpty()).collect(Collectors.joining(" "));
    }

    static String key(CanonicalAttribute attribute, String value) {
        if (value == null || value.isBlank()) return "";
        return switch (attribute) {
            case STREET, UNIT, HOUSE_NUMBER -> Arrays.stream(value.toUpperCase(Locale.ROOT).replace(".", "")
                            .replace("#", " # ").replaceAll("[^A-Z0-9# /-]", " ").strip().split("\\s+"))
                    .map(w -> USPS.suffix(w).or(() -> USPS.directional(w)).or(() -> USPS.unitDesignator(w)).orElse(w))
                    .collect(Collectors.joining(" "));
            case REGION -> USPS.state(value).map(UspsReference.State::code).orElse(TextFolding.fold(value));
            case POSTCODE, PHONE -> value.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
            case EMAIL, COUNTRY, DATE_OF_BIRTH, GENDER, CUSTOMER_NUMBER -> value.strip().toLowerCase(Locale.ROOT);
            case GIVEN_NAME, MIDDLE_NAME, FAMILY_NAME, CITY -> TextFolding.fold(value);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
