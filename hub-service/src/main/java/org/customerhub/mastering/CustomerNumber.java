package org.customerhub.mastering;

import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The hub's customer number: "C", at least seven digits of a never-reused sequence, a hyphen and a Luhn check
 * digit, e.g. {@code C0001234-6}. The check digit catches a mistyped or transposed digit at the counter.
 */
public record CustomerNumber(String value) {
    private static final Pattern FORMAT = Pattern.compile("C(\\d{7,})-(\\d)");

    public CustomerNumber {
        var m = FORMAT.matcher(value == null ? "" : value);
        if (!m.matches() || luhnCheckDigit(m.group(1)) != m.group(2).charAt(0) - '0') {
            throw RequestRefused.invalid("Invalid customer number", List.of(new Violation("customerNumber",
                    "expected C, seven or more digits, a hyphen and a valid check digit, e.g. C0001234-6")));
        }
    }

    public static CustomerNumber forSequence(long sequence) {
        String digits = String.format("%07d", sequence);
        return new CustomerNumber("C" + digits + "-" + luhnCheckDigit(digits));
    }

    public static boolean isWellFormed(String value) {
        try {
            new CustomerNumber(value);
            return true;
        } catch (RequestRefused e) {
            return false;
        }
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
