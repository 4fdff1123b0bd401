package org.customerhub.standardize;

import org.customerhub.customer.CanonicalRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.*;

class MatchKeysTest {

    @Test
    void keysOfAStandardizedRecord() {
        CanonicalRecord record = CanonicalRecord.of(Map.ofEntries(
                Map.entry(GIVEN_NAME, "Bill"),
                Map.entry(MIDDLE_NAME, "M"),
                Map.entry(FAMILY_NAME, "Müller-Lüdenscheidt"),
                Map.entry(DATE_OF_BIRTH, "1985-03-07"),
                Map.entry(POSTCODE, "SW1A 1AA"),
                Map.entry(HOUSE_NUMBER, "12A"),
                Map.entry(STREET, "Desert Inn Rd"),
                Map.entry(CITY, "Las Vegas"),
                Map.entry(PHONE, "+17025550134"),
                Map.entry(EMAIL, "bill.mueller+casino@gmail.com")));

        MatchKeys keys = MatchKeys.of(record);

        assertThat(keys.givenFolded()).isEqualTo("bill");
        assertThat(keys.givenRoots()).containsExactly("william");
        assertThat(keys.middleInitial()).isEqualTo("m");
        assertThat(keys.familyFolded()).isEqualTo("muller ludenscheidt");
        assertThat(keys.givenPhonetic()).isEqualTo(PhoneticKeys.doubleMetaphone("bill"));
        assertThat(keys.familyPhonetic()).isEqualTo(PhoneticKeys.doubleMetaphone("mullerludenscheidt")).hasSizeLessThanOrEqualTo(6);
        assertThat(keys.familyNysiis()).isEqualTo(PhoneticKeys.nysiis("mullerludenscheidt"));
        assertThat(keys.dateOfBirth()).isEqualTo("1985-03-07");
        assertThat(keys.postcode()).isEqualTo("sw1a1aa");
        assertThat(keys.houseNumber()).isEqualTo("12a");
        assertThat(keys.streetFolded()).isEqualTo("desert inn rd");
        assertThat(keys.cityFolded()).isEqualTo("las vegas");
        assertThat(keys.phone()).isEqualTo("+17025550134");
        assertThat(keys.emailKey()).isEqualTo("billmueller@gmail.com");
    }

    @Test
    void missingAttributesGiveNullKeysAndNoRoots() {
        MatchKeys keys = MatchKeys.of(CanonicalRecord.of(Map.of(FAMILY_NAME, "Mueller")));

        assertThat(keys.familyFolded()).isEqualTo("mueller");
        assertThat(keys.givenFolded()).isNull();
        assertThat(keys.givenRoots()).isEmpty();
        assertThat(keys.givenPhonetic()).isNull();
        assertThat(keys.middleInitial()).isNull();
        assertThat(keys.dateOfBirth()).isNull();
        assertThat(keys.postcode()).isNull();
        assertThat(keys.phone()).isNull();
        assertThat(keys.emailKey()).isNull();
    }

    @Test
    void nicknameAndFullNameShareARoot() {
        MatchKeys bill = MatchKeys.of(CanonicalRecord.of(Map.of(GIVEN_NAME, "Bill")));
        MatchKeys william = MatchKeys.of(CanonicalRecord.of(Map.of(GIVEN_NAME, "William")));
        assertThat(bill.givenRoots()).containsAnyElementsOf(william.givenRoots());
    }
}
