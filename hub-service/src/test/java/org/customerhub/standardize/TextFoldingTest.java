package org.customerhub.standardize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Müller|muller",
            "José  García|jose garcia",
            "Straße|strasse",
            "Ærø|aero",
            "Œuvre|oeuvre",
            "Łódź|lodz",
            "Đorđe|dorde",
            "Þór|thor",
            "O'Brien|obrien",
            "O’Brien|obrien",
            "Anna-Lena|anna lena",
            "Smith–Jones|smith jones",
            "J.R. Ewing|jr ewing",
            "'  Mueller,\tAnna  M. '|mueller anna m",
            "SW1A 1AA|sw1a 1aa",
    })
    void foldsCaseAccentsPunctuationAndSpacing(String raw, String folded) {
        assertThat(TextFolding.fold(raw)).isEqualTo(folded);
    }

    @Test
    void nullAndBlankFoldToEmpty() {
        assertThat(TextFolding.fold(null)).isEmpty();
        assertThat(TextFolding.fold(" \t ")).isEmpty();
        assertThat(TextFolding.fold("--")).isEmpty();
    }
}
