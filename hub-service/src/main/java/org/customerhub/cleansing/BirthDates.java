package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Dates of birth: is this a day a living customer can have been born on? Placeholder dates that systems fill in
 * when the clerk typed nothing (1900-01-01, 1901-01-01, 1970-01-01) and ages past 110 are flagged; nothing is
 * changed, since the right date cannot be guessed.
 */
final class BirthDates {
    private static final Set<String> PLACEHOLDERS = Set.of("1900-01-01", "1901-01-01", "1970-01-01", "1999-09-09", "2000-01-01");

    private BirthDates() {
    }

    static FieldResult check(String before, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(before);
        } catch (DateTimeParseException e) {
            return result(before, FieldStatus.UNVERIFIED, 0, 0, "DOB_UNREADABLE");
        }
        if (date.isAfter(today)) return result(before, FieldStatus.CONFLICT, 0, 0, "DOB_IN_FUTURE");
        if (PLACEHOLDERS.contains(before)) return result(before, FieldStatus.UNVERIFIED, 1, 10, "DOB_PLACEHOLDER");
        int age = Period.between(date, today).getYears();
        if (age > 110) return result(before, FieldStatus.UNVERIFIED, 1, 20, "DOB_AGE_IMPLAUSIBLE");
        if (age < 18) return result(before, FieldStatus.VERIFIED, 5, 90, "DOB_MINOR");
        return result(before, FieldStatus.VERIFIED, 5, 100, "DOB_PLAUSIBLE");
    }

    private static FieldResult result(String before, FieldStatus status, int level, int score, String code) {
        return new FieldResult(CanonicalAttribute.DATE_OF_BIRTH, before, before, status, level, score, List.of(code));
    }
}
