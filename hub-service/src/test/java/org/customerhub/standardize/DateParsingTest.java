package org.customerhub.standardize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateParsingTest {

    @ParameterizedTest(name = "\"{0}\" with {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "03/07/1985|MM/dd/yyyy|1985-03-07",
            "1985-03-07|yyyy-MM-dd|1985-03-07",
            "07-Mar-1985|dd-MMM-yyyy|1985-03-07",
            "07-MAR-1985|dd-MMM-yyyy|1985-03-07",
            "07-mar-1985|dd-MMM-yyyy|1985-03-07",
            "19850307|yyyyMMdd|1985-03-07",
            "' 07.03.1985 '|dd.MM.uuuu|1985-03-07",
            "02/29/2000|MM/dd/yyyy|2000-02-29",
    })
    void readsTheDeclaredPattern(String raw, String pattern, LocalDate date) {
        assertThat(DateParsing.parse(raw, pattern)).isEqualTo(date);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"02/30/1990", "02/29/1990", "13/01/1990", "1990-01-02", "3/7/1985", "", "tomorrow"})
    void rejectsValuesThatAreNotRealDaysInThePattern(String raw) {
        assertThatThrownBy(() -> DateParsing.parse(raw, "MM/dd/yyyy"))
                .isInstanceOf(DateFormatMismatch.class)
                .hasMessage("value does not match MM/dd/yyyy");
    }

    @Test
    void theMessageDoesNotRepeatTheValue() {
        assertThatThrownBy(() -> DateParsing.parse("1985-03-07", "dd-MMM-yyyy"))
                .hasMessageNotContaining("1985");
    }

    @Test
    void rejectsBirthDatesBefore1900AndInTheFuture() {
        assertThatThrownBy(() -> DateParsing.parse("1899-12-31", "yyyy-MM-dd")).isInstanceOf(ImplausibleDate.class);
        String nextYear = LocalDate.now().plusYears(1).toString();
        assertThatThrownBy(() -> DateParsing.parse(nextYear, "yyyy-MM-dd")).isInstanceOf(ImplausibleDate.class);
        assertThat(DateParsing.parse("1900-01-01", "yyyy-MM-dd")).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @ParameterizedTest(name = "{0} can read dates of birth")
    @ValueSource(strings = {"MM/dd/yyyy", "dd-MMM-yyyy", "yyyyMMdd", "d. MMMM uuuu", "EEE, dd MMM yyyy", "dd 'of' MMM yyyy"})
    void usablePatternsHaveNoProblem(String pattern) {
        assertThat(DateParsing.patternProblem(pattern)).isEmpty();
    }

    @ParameterizedTest(name = "{0} cannot read dates of birth")
    @ValueSource(strings = {"MM/dd/YYYY", "DD/MM/yyyy", "MM/dd/yy", "MM/yyyy", "HH:mm", "dd/MM/yyyy}", "qqq", ""})
    void unusablePatternsAreExplained(String pattern) {
        assertThat(DateParsing.patternProblem(pattern)).isPresent();
    }
}
