package org.customerhub.mastering;

import jakarta.inject.Singleton;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a typed customer number before it is looked up. The hub keeps every number it ever issued, so a number is
 * valid in the default format, in the format in force now, or when a master holds it (a format approved earlier
 * and since replaced); the check digit of the first two still catches a mistyped digit at the counter.
 */
@Singleton
public class CustomerNumbers {
    // the shapes an approved format can give (prefix, digits, optional separator and check digit): only these are looked up
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Z]{1,3}\\d{5,12}(-?\\d)?");
    private final CustomerNumberScheme scheme;
    private final MasterRecordRepository masters;

    public CustomerNumbers(CustomerNumberScheme scheme, MasterRecordRepository masters) {
        this.scheme = scheme;
        this.masters = masters;
    }

    public boolean isValid(String number) {
        if (number == null) return false;
        return CustomerNumber.isWellFormed(number) || scheme.isWellFormed(number)
                || PLAUSIBLE.matcher(number).matches() && masters.findByCustomerNumber(number).isPresent();
    }

    /** Refuses an invalid number with 422, naming the expected shape. */
    public void check(String number) {
        if (!isValid(number))
            throw RequestRefused.invalid("Invalid customer number", List.of(new Violation("customerNumber", expectation())));
    }

    /** What a customer number looks like, in the scheme in force and, when that differs, the default one. */
    public String expectation() {
        String example = scheme.example();
        return example.equals(CustomerNumber.forSequence(1234).value())
                ? "expected C, seven or more digits, a hyphen and a valid check digit, e.g. C0001234-6"
                : "expected a customer number such as " + example + " (or C0001234-6 for earlier ones) with a valid check digit";
    }
}
