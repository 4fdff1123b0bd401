package org.customerhub.standardize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneticKeysTest {

    @Test
    void soundAlikeFamilyNamesShareADoubleMetaphoneKey() {
        assertThat(PhoneticKeys.doubleMetaphone("meyer")).isEqualTo(PhoneticKeys.doubleMetaphone("maier"));
        assertThat(PhoneticKeys.doubleMetaphone("smith")).isEqualTo(PhoneticKeys.doubleMetaphone("smyth"));
        assertThat(PhoneticKeys.doubleMetaphone("smith")).isNotEqualTo(PhoneticKeys.doubleMetaphone("jones"));
    }

    @Test
    void keysAreAtMostSixLettersAndIgnoreSpaces() {
        assertThat(PhoneticKeys.doubleMetaphone("vanderbergstrasse")).hasSizeLessThanOrEqualTo(6);
        assertThat(PhoneticKeys.doubleMetaphone("van der berg")).isEqualTo(PhoneticKeys.doubleMetaphone("vanderberg"));
        assertThat(PhoneticKeys.nysiis("van der berg")).isEqualTo(PhoneticKeys.nysiis("vanderberg"));
    }

    @Test
    void nysiisGroupsSpellingVariants() {
        assertThat(PhoneticKeys.nysiis("mueller")).isEqualTo(PhoneticKeys.nysiis("muller"));
    }

    @Test
    void nothingToEncodeGivesNull() {
        assertThat(PhoneticKeys.doubleMetaphone(null)).isNull();
        assertThat(PhoneticKeys.nysiis(" ")).isNull();
    }
}
