package org.customerhub.standardize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailStandardizerTest {

    @ParameterizedTest(name = "\"{0}\" is stored as {1}")
    @CsvSource(delimiter = '|', value = {
            "'  Anna.Mueller@Example.COM '|anna.mueller@example.com",
            "<anna@example.com>|anna@example.com",
            "mailto:anna@example.com|anna@example.com",
            "MAILTO:Anna@Example.com|anna@example.com",
            "A.nna+spa@GMail.com|a.nna+spa@gmail.com",
            "anna@münchen.de|anna@münchen.de",
    })
    void storedFormIsTrimmedLowerCaseAndUnwrapped(String raw, String stored) {
        assertThat(EmailStandardizer.normalize(raw)).contains(stored);
    }

    @ParameterizedTest(name = "\"{0}\" is not an address")
    @ValueSource(strings = {"", "anna", "anna@", "@example.com", "anna@example", "anna@@example.com",
            "an na@example.com", "anna@exa mple.com", "anna@example..com", "anna@.example.com", "a@b@c.com"})
    void implausibleAddressesGiveNothing(String raw) {
        assertThat(EmailStandardizer.normalize(raw)).isEmpty();
    }

    @Test
    void matchKeyDropsGmailDotsAndTags() {
        assertThat(EmailStandardizer.matchKey("a.nna.mueller+spa@gmail.com")).isEqualTo("annamueller@gmail.com");
        assertThat(EmailStandardizer.matchKey("anna.mueller@googlemail.com")).isEqualTo("annamueller@gmail.com");
    }

    @Test
    void matchKeyDropsOnlyTheTagElsewhere() {
        assertThat(EmailStandardizer.matchKey("anna.mueller+hotel@example.com")).isEqualTo("anna.mueller@example.com");
        assertThat(EmailStandardizer.matchKey("anna.mueller@example.com")).isEqualTo("anna.mueller@example.com");
    }

    @Test
    void matchKeyOfNothingIsNull() {
        assertThat(EmailStandardizer.matchKey(null)).isNull();
    }
}
