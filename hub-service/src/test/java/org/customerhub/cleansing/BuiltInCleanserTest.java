package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.*;

class BuiltInCleanserTest {
    private final BuiltInCleanser cleanser = new BuiltInCleanser("US", Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    private Map<CanonicalAttribute, FieldResult> cleanse(CleansingKind kind, Object... attributesAndValues) {
        Map<CanonicalAttribute, String> values = new EnumMap<>(CanonicalAttribute.class);
        for (int i = 0; i < attributesAndValues.length; i += 2) values.put((CanonicalAttribute) attributesAndValues[i], (String) attributesAndValues[i + 1]);
        CleansingAnswer answer = cleanser.cleanse(new CleansingRequest("r1", kind, values));
        assertThat(answer.cleanser()).isEqualTo("builtin");
        return answer.fields().stream().collect(Collectors.toMap(FieldResult::attribute, Function.identity()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Desert Inn Road            | Desert Inn Rd      | SUFFIX_ABBREVIATED",
            "north desert inn road      | N Desert Inn Rd    | SUFFIX_ABBREVIATED",
            "PENNSYLVANIA AVE. N.W.     | Pennsylvania Ave NW| PUNCTUATION_REMOVED",
            "5th avenue northwest       | 5th Ave NW         | DIRECTIONAL_ABBREVIATED",
            "North Street               | North St           | SUFFIX_ABBREVIATED",
            "Park Avenue                | Park Ave           | SUFFIX_ABBREVIATED",
            "South Boulevard East       | South Blvd E       | DIRECTIONAL_ABBREVIATED",
            "Las Vegas Blvd             | Las Vegas Blvd     | ''",
            "old mill parkway           | Old Mill Pkwy      | SUFFIX_ABBREVIATED",
            "West Cliff Trl             | W Cliff Trl        | DIRECTIONAL_ABBREVIATED",
    })
    void streetSuffixesAndDirectionalsAreAbbreviatedAsPublication28Says(String street, String expected, String code) {
        FieldResult result = cleanse(CleansingKind.ADDRESS, HOUSE_NUMBER, "12", STREET, street, REGION, "NV", POSTCODE, "89109").get(STREET);

        assertThat(result.after()).isEqualTo(expected);
        assertThat(result.status()).isEqualTo(FieldStatus.VERIFIED);
        assertThat(result.level()).isEqualTo(4);
        if (!code.isEmpty()) assertThat(result.codes()).contains(code);
    }

    @Test
    void aWholeAddressLineIsSplitIntoHouseNumberStreetAndUnit() {
        Map<CanonicalAttribute, FieldResult> r = cleanse(CleansingKind.ADDRESS, STREET, "1234 n desert inn rd., apartment 5b",
                CITY, "LAS VEGAS", REGION, "Nevada", POSTCODE, "891691234");

        assertThat(r.get(HOUSE_NUMBER).after()).isEqualTo("1234");
        assertThat(r.get(HOUSE_NUMBER).before()).isNull();
        assertThat(r.get(STREET).after()).isEqualTo("N Desert Inn Rd");
        assertThat(r.get(STREET).codes()).contains("HOUSE_NUMBER_FROM_STREET", "UNIT_FROM_STREET", "PUNCTUATION_REMOVED");
        assertThat(r.get(UNIT).after()).isEqualTo("Apt 5B");
        assertThat(r.get(POSTCODE).after()).isEqualTo("89169-1234");
        assertThat(r.get(POSTCODE).codes()).contains("ZIP4_FORMATTED");
        assertThat(r.get(REGION).after()).isEqualTo("NV");
        assertThat(r.get(REGION).codes()).contains("STATE_ABBREVIATED");
        assertThat(r.get(CITY).after()).isEqualTo("Las Vegas");
        assertThat(r.get(COUNTRY).after()).isEqualTo("US");
        assertThat(r.get(COUNTRY).codes()).containsExactly("COUNTRY_FROM_ADDRESS");
    }

    @Test
    void aStreetWithoutSuffixOrWithOnlyANameIsPartiallyVerified() {
        assertThat(cleanse(CleansingKind.ADDRESS, STREET, "Avenue of the Americas", REGION, "NY").get(STREET))
                .satisfies(r -> {
                    assertThat(r.after()).isEqualTo("Avenue Of The Americas");
                    assertThat(r.status()).isEqualTo(FieldStatus.PARTIALLY_VERIFIED);
                    assertThat(r.codes()).contains("STREET_SUFFIX_MISSING");
                });
        assertThat(cleanse(CleansingKind.ADDRESS, STREET, "Broadway", REGION, "NY").get(STREET).status()).isEqualTo(FieldStatus.PARTIALLY_VERIFIED);
    }

    @ParameterizedTest(name = "unit {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Suite 200 | Ste 200 | VERIFIED",
            "apt. 12c  | Apt 12C | VERIFIED",
            "#12       | # 12    | VERIFIED",
            "5B        | # 5B    | PARTIALLY_VERIFIED",
            "penthouse | Ph      | VERIFIED",
    })
    void unitDesignatorsAreStandardised(String unit, String expected, FieldStatus status) {
        FieldResult result = cleanse(CleansingKind.ADDRESS, HOUSE_NUMBER, "9", STREET, "Main St", UNIT, unit, REGION, "NV").get(UNIT);
        assertThat(result.after()).isEqualTo(expected);
        assertThat(result.status()).isEqualTo(status);
    }

    @Test
    void aZipOfAnotherStateIsAConflictOnBothFields() {
        Map<CanonicalAttribute, FieldResult> r = cleanse(CleansingKind.ADDRESS, HOUSE_NUMBER, "1", STREET, "Main St", REGION, "NV", POSTCODE, "10001");

        assertThat(r.get(POSTCODE).status()).isEqualTo(FieldStatus.CONFLICT);
        assertThat(r.get(REGION).status()).isEqualTo(FieldStatus.CONFLICT);
        assertThat(r.get(POSTCODE).codes()).contains("ZIP_STATE_CONFLICT");
        assertThat(r.get(POSTCODE).changes()).isFalse();
    }

    @Test
    void aLostLeadingZeroIsRestoredOnlyWhereTheStateHasZipsStartingWithZero() {
        FieldResult boston = cleanse(CleansingKind.ADDRESS, REGION, "MA", POSTCODE, "2134").get(POSTCODE);
        assertThat(boston.after()).isEqualTo("02134");
        assertThat(boston.codes()).containsExactly("ZIP_LEADING_ZERO_RESTORED");
        assertThat(boston.status()).isEqualTo(FieldStatus.PARTIALLY_VERIFIED);

        FieldResult vegas = cleanse(CleansingKind.ADDRESS, REGION, "NV", POSTCODE, "8916").get(POSTCODE);
        assertThat(vegas.after()).isEqualTo("8916");
        assertThat(vegas.status()).isEqualTo(FieldStatus.UNVERIFIED);
        assertThat(vegas.codes()).contains("ZIP_INVALID");
    }

    @Test
    void aMissingStateIsTakenFromAnUnambiguousZip() {
        Map<CanonicalAttribute, FieldResult> r = cleanse(CleansingKind.ADDRESS, HOUSE_NUMBER, "1", STREET, "Main St", POSTCODE, "89169");
        assertThat(r.get(REGION).after()).isEqualTo("NV");
        assertThat(r.get(REGION).codes()).containsExactly("STATE_FROM_ZIP");
    }

    @Test
    void anAddressOutsideTheUsIsLeftAlone() {
        Map<CanonicalAttribute, FieldResult> r = cleanse(CleansingKind.ADDRESS, STREET, "Hauptstrasse", HOUSE_NUMBER, "12a", COUNTRY, "DE", POSTCODE, "80331");
        assertThat(r.values()).allSatisfy(f -> {
            assertThat(f.changes()).isFalse();
            assertThat(f.status()).isEqualTo(FieldStatus.UNVERIFIED);
            assertThat(f.codes()).containsExactly("COUNTRY_NOT_SUPPORTED");
        });
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "GIVEN_NAME  | DR ANNA      | Anna     | HONORIFIC_REMOVED   | VERIFIED",
            "FAMILY_NAME | Smith Jr.    | Smith    | NAME_SUFFIX_REMOVED | VERIFIED",
            "FAMILY_NAME | Ford III     | Ford     | NAME_SUFFIX_REMOVED | VERIFIED",
            "FAMILY_NAME | mcdonald     | McDonald | CASING              | VERIFIED",
            "FAMILY_NAME | O'BRIEN SR   | O'Brien  | NAME_SUFFIX_REMOVED | VERIFIED",
            "GIVEN_NAME  | V            | V        | NAME_IS_INITIAL     | PARTIALLY_VERIFIED",
            "GIVEN_NAME  | Anna2        | Anna2    | NAME_HAS_UNUSUAL_CHARACTERS | UNVERIFIED",
    })
    void namesAreCasedAndLoseHonorificsAndSuffixes(CanonicalAttribute attribute, String name, String expected, String code, FieldStatus status) {
        Map<CanonicalAttribute, FieldResult> r = cleanse(CleansingKind.NAME, GIVEN_NAME, attribute == GIVEN_NAME ? name : "Anna",
                FAMILY_NAME, attribute == FAMILY_NAME ? name : "Lindqvist");
        assertThat(r.get(attribute).after()).isEqualTo(expected);
        assertThat(r.get(attribute).codes()).contains(code);
        assertThat(r.get(attribute).status()).isEqualTo(status);
    }

    @Test
    void aFullNameInTheFamilyNameFieldIsAmbiguousButASurnameWithParticlesIsNot() {
        assertThat(cleanse(CleansingKind.NAME, FAMILY_NAME, "Anna Mueller").get(FAMILY_NAME).status()).isEqualTo(FieldStatus.AMBIGUOUS);
        FieldResult particles = cleanse(CleansingKind.NAME, FAMILY_NAME, "van der berg").get(FAMILY_NAME);
        assertThat(particles.after()).isEqualTo("van der Berg");
        assertThat(particles.status()).isEqualTo(FieldStatus.VERIFIED);
    }

    @Test
    void phonesAreValidatedWithLibphonenumber() {
        // an exchange cannot start with 1: the right length, but no number that can be assigned
        FieldResult demo = cleanse(CleansingKind.PHONE, PHONE, "(702) 155-0134").get(PHONE);
        assertThat(demo.after()).isEqualTo("+17021550134");
        assertThat(demo.status()).isEqualTo(FieldStatus.PARTIALLY_VERIFIED);
        assertThat(demo.codes()).contains("PHONE_FORMATTED", "PHONE_NOT_ASSIGNED");

        FieldResult real = cleanse(CleansingKind.PHONE, PHONE, "+12124567890").get(PHONE);
        assertThat(real.changes()).isFalse();
        assertThat(real.status()).isEqualTo(FieldStatus.VERIFIED);
        assertThat(real.codes()).anyMatch(c -> c.startsWith("PHONE_TYPE_"));

        assertThat(cleanse(CleansingKind.PHONE, PHONE, "call me").get(PHONE).codes()).containsExactly("PHONE_UNREADABLE");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "anna@gmial.com      | anna@gmail.com    | EMAIL_DOMAIN_TYPO_CORRECTED | VERIFIED",
            "Bob.Ray@HOTMIAL.COM | bob.ray@hotmail.com | EMAIL_DOMAIN_TYPO_CORRECTED | VERIFIED",
            "anna@yahoo.com      | anna@yahoo.com    | EMAIL_SYNTAX_VALID          | PARTIALLY_VERIFIED",
            "guest@example.com   | guest@example.com | EMAIL_RESERVED_DOMAIN       | UNVERIFIED",
            "anna at home        | anna at home      | EMAIL_SYNTAX_INVALID        | UNVERIFIED",
    })
    void emailSyntaxAndCommonDomainTypos(String email, String expected, String code, FieldStatus status) {
        FieldResult r = cleanse(CleansingKind.EMAIL, EMAIL, email).get(EMAIL);
        assertThat(r.after()).isEqualTo(expected);
        assertThat(r.codes()).contains(code);
        assertThat(r.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1985-03-14 | DOB_PLAUSIBLE       | VERIFIED",
            "1900-01-01 | DOB_PLACEHOLDER     | UNVERIFIED",
            "1910-05-05 | DOB_AGE_IMPLAUSIBLE | UNVERIFIED",
            "2027-01-01 | DOB_IN_FUTURE       | CONFLICT",
            "2015-01-01 | DOB_MINOR           | VERIFIED",
    })
    void datesOfBirthAreCheckedForPlausibilityAndNeverChanged(String date, String code, FieldStatus status) {
        FieldResult r = cleanse(CleansingKind.DATE_OF_BIRTH, DATE_OF_BIRTH, date).get(DATE_OF_BIRTH);
        assertThat(r.changes()).isFalse();
        assertThat(r.codes()).containsExactly(code);
        assertThat(r.status()).isEqualTo(status);
    }
}
