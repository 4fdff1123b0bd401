package org.customerhub.standardize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/** Phone numbers as typed by guests and clerks, turned into E.164 ("+17025550134"). */
public final class PhoneStandardizer {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String NO_REGION = "ZZ";

    private PhoneStandardizer() {
    }

    /**
     * E.164 form of a number; {@code defaultRegion} (ISO 3166 alpha-2) applies to numbers written without
     * a country code. Numbers that are possible but not assigned (the 555-01xx range of films and demo
     * data) are kept: a source's data is not ours to judge, only to normalise. Empty for anything that is
     * not a phone number, including local-only numbers whose area code is missing.
     */
    public static Optional<String> toE164(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) return Optional.empty();
        String region = defaultRegion == null || defaultRegion.isBlank() ? NO_REGION : defaultRegion.strip();
        try {
            PhoneNumber number = PHONES.parse(withInternationalPrefixAsPlus(raw.strip()), region);
            boolean acceptable = PHONES.isValidNumber(number)
                    || PHONES.isPossibleNumberWithReason(number) == ValidationResult.IS_POSSIBLE;
            return acceptable ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * European guests write "0043 664 ..." wherever they are; libphonenumber reads "00" as the international
     * prefix only when the default region dials it (not in the US, which dials 011). No region numbers
     * its national numbers with a leading "00", so reading it as "+" is safe everywhere.
     */
    private static String withInternationalPrefixAsPlus(String number) {
        return number.startsWith("00") ? "+" + number.substring(2) : number;
    }
}
