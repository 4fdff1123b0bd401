package org.customerhub.standardize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneStandardizerTest {

    @ParameterizedTest(name = "\"{0}\" in region {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "(702) 555-0134|US|+17025550134",
            "702.555.0134|US|+17025550134",
            "702-555-0134|US|+17025550134",
            "7025550134|US|+17025550134",
            "+1 702-555-0134|US|+17025550134",
            "+1 702-555-0134|DE|+17025550134",
            "011 49 89 1234567|US|+49891234567",
            "0043 664 1234567|US|+436641234567",
            "00 44 20 7946 0958|US|+442079460958",
            "0664 1234567|AT|+436641234567",
            "089 1234567|DE|+49891234567",
    })
    void writtenFormsBecomeE164(String raw, String region, String e164) {
        assertThat(PhoneStandardizer.toE164(raw, region)).contains(e164);
    }

    @ParameterizedTest(name = "\"{0}\" is not a phone number")
    @ValueSource(strings = {"n/a", "unknown", "12", "555-0134", "123456789012345678901", "@@@"})
    void garbageGivesNothing(String raw) {
        assertThat(PhoneStandardizer.toE164(raw, "US")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingGivesNothing(String raw) {
        assertThat(PhoneStandardizer.toE164(raw, "US")).isEmpty();
    }

    @Test
    void withoutARegionOnlyInternationalNumbersAreRead() {
        assertThat(PhoneStandardizer.toE164("+43 664 1234567", null)).contains("+436641234567");
        assertThat(PhoneStandardizer.toE164("702 555 0134", null)).isEmpty();
    }
}
