package org.customerhub.standardize;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates of birth in the pattern a source's mapping declares ("MM/dd/yyyy", "dd-MMM-yyyy").
 * Strict: "02/30/1990" is rejected rather than silently moved to March.
 */
public final class DateParsing {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Day, month, year and the weekday name some sources print; anything else cannot make a birth date. */
    private static final Set<Character> DATE_FIELD_LETTERS = Set.of('y', 'u', 'M', 'L', 'd', 'E');
    /** Late in the year with a two-digit day above 12, so day and month cannot stand in for each other. */
    private static final LocalDate SAMPLE = LocalDate.of(1985, 11, 27);

    /** Patterns come from a handful of mappings, so the cache stays small. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DateParsing() {
    }

    /**
     * Parses {@code raw} with {@code pattern} (DateTimeFormatter letters; "yyyy" is fine, month names are
     * English and case-insensitive).
     *
     * @throws DateFormatMismatch when the value does not follow the pattern or names no real day
     * @throws ImplausibleDate    when the day is before 1900-01-01 or in the future
     */
    public static LocalDate parse(String raw, String pattern) {
        LocalDate date;
        try {
            date = formatter(pattern).parse(raw == null ? "" : raw.strip(), LocalDate::from);
        } catch (DateTimeParseException e) {
            throw new DateFormatMismatch(pattern);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(latestToday())) throw new ImplausibleDate();
        return date;
    }

    /** Why a pattern cannot read dates of birth, or empty when it can; for validating mappings up front. */
    public static Optional<String> patternProblem(String pattern) {
        if (pattern == null || pattern.isBlank()) return Optional.of("the pattern is empty");
        Optional<String> letterProblem = letterProblem(pattern);
        if (letterProblem.isPresent()) return letterProblem;
        DateTimeFormatter formatter;
        try {
            formatter = formatter(pattern);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        try {
            if (!SAMPLE.equals(formatter.parse(formatter.format(SAMPLE), LocalDate::from))) {
                return Optional.of("it does not read back the dates it writes");
            }
        } catch (RuntimeException e) {
            return Optional.of("it needs a year (yyyy), a month (MM or MMM) and a day (dd)");
        }
        return Optional.empty();
    }

    private static Optional<String> letterProblem(String pattern) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') quoted = !quoted;
            if (quoted || !Character.isLetter(c)) continue;
            if (c == 'Y') return Optional.of("'Y' is the week-based year; use 'yyyy' for the calendar year");
            if (c == 'D') return Optional.of("'D' is the day of the year; use 'dd' for the day of the month");
            if (!DATE_FIELD_LETTERS.contains(c)) return Optional.of("'" + c + "' is not a day, month or year field");
            if ((c == 'y' || c == 'u') && yearWidth(pattern, i) == 2) {
                return Optional.of("a two-digit year cannot place a birth year in its century; use 'yyyy'");
            }
        }
        return Optional.empty();
    }

    private static int yearWidth(String pattern, int start) {
        int end = start;
        while (end < pattern.length() && pattern.charAt(end) == pattern.charAt(start)) end++;
        boolean partOfLongerRun = start > 0 && pattern.charAt(start - 1) == pattern.charAt(start);
        return partOfLongerRun ? 0 : end - start;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(yearOfEraAsProlepticYear(p))
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT));
    }

    /**
     * STRICT resolving needs an era next to 'y' (year of era); mapping authors write "yyyy" and mean the
     * plain year, which is 'u'. Quoted literals are left alone.
     */
    private static String yearOfEraAsProlepticYear(String pattern) {
        StringBuilder translated = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') quoted = !quoted;
            translated.append(!quoted && c == 'y' ? 'u' : c);
        }
        return translated.toString();
    }

    /** No place on earth is already past this day, so a guest born "today" anywhere is accepted. */
    private static LocalDate latestToday() {
        return LocalDate.now(ZoneOffset.MAX);
    }
}
