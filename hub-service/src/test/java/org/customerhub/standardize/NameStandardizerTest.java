package org.customerhub.standardize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameStandardizerTest {

    @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ANNA-LENA|Anna-Lena",
            "o'brien|O'Brien",
            "mcdonald|McDonald",
            "MCDONALD|McDonald",
            "van der berg|van der Berg",
            "VON TRAPP|von Trapp",
            "de la cruz|de la Cruz",
            "LA ROSA|La Rosa",
            "DI MAIO|Di Maio",
            "'  anna   maria '|Anna Maria",
            "müller|Müller",
            "DeVito|DeVito",
            "king's|King's",
    })
    void displayNameIsProperCased(String raw, String display) {
        assertThat(NameStandardizer.displayName(raw)).isEqualTo(display);
    }

    @Test
    void aParticleStandingAloneIsAName() {
        assertThat(NameStandardizer.displayName("VAN")).isEqualTo("Van");
    }

    @Test
    void titlesAndSuffixesWrittenAsSeparateTokensAreDropped() {
        assertThat(NameStandardizer.displayName("Dr. Anna Mueller")).isEqualTo("Anna Mueller");
        assertThat(NameStandardizer.displayName("Mr John Smith Jr.")).isEqualTo("John Smith");
        assertThat(NameStandardizer.displayName("MRS SMITH, SR.")).isEqualTo("Smith");
    }

    @Test
    void titlesInsideAWordAreKept() {
        assertThat(NameStandardizer.displayName("DREW")).isEqualTo("Drew");
        assertThat(NameStandardizer.displayName("Mrsic")).isEqualTo("Mrsic");
    }

    @Test
    void middleInitialBecomesABareUpperCaseLetter() {
        assertThat(NameStandardizer.middleName("m.")).isEqualTo("M");
        assertThat(NameStandardizer.middleName("m")).isEqualTo("M");
        assertThat(NameStandardizer.middleName("marie")).isEqualTo("Marie");
    }

    @Test
    void displayNameKeepsTheDotOfAnInitial() {
        assertThat(NameStandardizer.displayName("j.")).isEqualTo("J.");
    }

    @Test
    void nothingLeftGivesEmpty() {
        assertThat(NameStandardizer.displayName(null)).isEmpty();
        assertThat(NameStandardizer.displayName("Dr.")).isEmpty();
    }
}
