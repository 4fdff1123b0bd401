package org.customerhub.governance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The approved shape of customer numbers: a prefix, a zero-padded sequence of {@code digits}, and optionally a
 * separator and a Luhn check digit ({@code C0001234-6}). Body:
 * <pre>
 * prefix: C
 * digits: 7
 * separator: "-"
 * check-digit: luhn
 * </pre>
 */
public record CustomerNumberFormat(String prefix, int digits, String separator, boolean luhn) {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("prefix", "digits", "separator", "check-digit"));
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,3}");

    static CustomerNumberFormat parse(String body) {
        Map<String, Object> yaml = YamlBodies.read(body, KEYS);
        String prefix = yaml.get("prefix") == null ? "" : String.valueOf(yaml.get("prefix"));
        if (!PREFIX.matcher(prefix).matches())
            throw new InvalidBody(YamlBodies.lineOf(body, "prefix"), 1, "'prefix' must be 1 to 3 capital letters A-Z");
        if (!(yaml.get("digits") instanceof Integer digits) || digits < 5 || digits > 12)
            throw new InvalidBody(YamlBodies.lineOf(body, "digits"), 1, "'digits' must be a whole number from 5 to 12");
        String separator = yaml.get("separator") == null ? "" : String.valueOf(yaml.get("separator"));
        if (!separator.isEmpty() && !separator.equals("-"))
            throw new InvalidBody(YamlBodies.lineOf(body, "separator"), 1, "'separator' must be \"-\" or \"\"");
        String check = yaml.get("check-digit") == null ? "none" : String.valueOf(yaml.get("check-digit"));
        if (!check.equals("luhn") && !check.equals("none"))
            throw new InvalidBody(YamlBodies.lineOf(body, "check-digit"), 1, "'check-digit' must be luhn or none");
        return new CustomerNumberFormat(prefix, digits, separator, check.equals("luhn"));
    }

    /** The number for a value of the never-reused master sequence. */
    public String format(long sequence) {
        String number = String.format("%0" + digits + "d", sequence);
        if (number.length() > digits) throw new IllegalArgumentException("sequence " + sequence + " has more than " + digits + " digits");
        return prefix + number + (luhn ? separator + luhnDigit(number) : "");
    }

    public boolean matches(String value) {
        if (value == null || !value.startsWith(prefix)) return false;
        String rest = value.substring(prefix.length());
        if (rest.length() != digits + (luhn ? separator.length() + 1 : 0)) return false;
        String number = rest.substring(0, digits);
        if (!number.chars().allMatch(Character::isDigit)) return false;
        if (!luhn) return true;
        return rest.substring(digits).equals(separator + luhnDigit(number));
    }

    private static int luhnDigit(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int d = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
