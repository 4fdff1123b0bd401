package org.customerhub.source.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a street line into house number and street. North American lines put the number first
 * ("1234 Desert Inn Rd"), continental European ones last ("Hauptstraße 12a").
 */
final class StreetAddresses {

    /** 12, 12a, 12 a, 12-14, 12/3 */
    private static final String HOUSE_NUMBER = "\\d+\\s?[A-Za-z]?(?:\\s?[-/]\\s?\\d+\\s?[A-Za-z]?)?";
    private static final Pattern NUMBER_FIRST = Pattern.compile("(" + HOUSE_NUMBER + ")\\s*,?\\s+(\\S.*)");
    private static final Pattern NUMBER_LAST = Pattern.compile("(.*\\S)\\s*,?\\s+(" + HOUSE_NUMBER + ")");

    private StreetAddresses() {
    }

    /** @return [house number, street]; a line without a leading number is all street */
    static List<String> numberFirst(String line) {
        Matcher matcher = NUMBER_FIRST.matcher(line.strip());
        return matcher.matches()
                ? Arrays.asList(matcher.group(1), matcher.group(2))
                : Arrays.asList(null, line.strip());
    }

    /** @return [street, house number]; a line without a trailing number is all street */
    static List<String> numberLast(String line) {
        Matcher matcher = NUMBER_LAST.matcher(line.strip());
        return matcher.matches()
                ? Arrays.asList(matcher.group(1), matcher.group(2))
                : Arrays.asList(line.strip(), null);
    }
}
