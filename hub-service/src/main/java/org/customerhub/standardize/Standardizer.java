package org.customerhub.standardize;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a mapped record into the display form the hub stores: proper-cased names and places, ISO country,
 * normalised e-mail, gender code. Values that cannot be brought into their canonical form are dropped
 * rather than stored wrong. Stateless and thread-safe.
 */
public class Standardizer {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public CanonicalRecord standardize(CanonicalRecord mapped) {
        Map<CanonicalAttribute, String> standardized = new EnumMap<>(CanonicalAttribute.class);
        mapped.values().forEach((attribute, value) ->
                standardize(attribute, value).ifPresent(clean -> standardized.put(attribute, clean)));
        return CanonicalRecord.of(standardized);
    }

    private Optional<String> standardize(CanonicalAttribute attribute, String value) {
        return switch (attribute) {
            case GIVEN_NAME, FAMILY_NAME -> Optional.of(NameStandardizer.displayName(value));
            case MIDDLE_NAME -> Optional.of(NameStandardizer.middleName(value));
            case STREET, CITY -> Optional.of(ProperCase.words(value));
            case REGION -> Optional.of(region(value));
            case POSTCODE -> Optional.of(collapsedWhitespace(value).toUpperCase(Locale.ROOT));
            case HOUSE_NUMBER -> Optional.of(WHITESPACE.matcher(value).replaceAll("").toUpperCase(Locale.ROOT));
            case UNIT, CUSTOMER_NUMBER -> Optional.of(collapsedWhitespace(value));
            case COUNTRY -> Countries.iso2(value);
            case EMAIL -> EmailStandardizer.normalize(value);
            case GENDER -> GenderCodes.code(value);
            // phones and dates were parsed by the mapping engine; anything else reaching here is not trusted
            case PHONE -> E164.matcher(value).matches() ? Optional.of(value) : Optional.empty();
            case DATE_OF_BIRTH -> isoDate(value);
        };
    }

    /** State and province codes ("NV", "BY") in capitals, written-out names title-cased. */
    private static String region(String value) {
        String region = collapsedWhitespace(value);
        return region.length() <= 3 ? region.toUpperCase(Locale.ROOT) : ProperCase.words(region);
    }

    private static String collapsedWhitespace(String value) {
        return WHITESPACE.matcher(value.strip()).replaceAll(" ");
    }

    private static Optional<String> isoDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
