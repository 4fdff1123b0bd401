package org.customerhub.cleansing;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.standardize.EmailStandardizer;
import org.customerhub.standardize.PhoneStandardizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phones (libphonenumber: valid, or only possible such as the 555 range of films and demo data; its line type) and
 * e-mail addresses (syntax, and the domain typos that cost mail: gmial.com, hotmial.com).
 */
final class ContactDetails {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Misspellings of the big mailbox providers, seen in every guest database. */
    private static final Map<String, String> DOMAIN_TYPOS = Map.ofEntries(
            Map.entry("gmial.com", "gmail.com"), Map.entry("gmai.com", "gmail.com"), Map.entry("gmaill.com", "gmail.com"),
            Map.entry("gamil.com", "gmail.com"), Map.entry("gnail.com", "gmail.com"), Map.entry("gmail.co", "gmail.com"),
            Map.entry("gmail.con", "gmail.com"), Map.entry("gmail.cm", "gmail.com"), Map.entry("gmal.com", "gmail.com"),
            Map.entry("hotmial.com", "hotmail.com"), Map.entry("hotmai.com", "hotmail.com"), Map.entry("hotmal.com", "hotmail.com"),
            Map.entry("hotmail.co", "hotmail.com"), Map.entry("hotmail.con", "hotmail.com"), Map.entry("homail.com", "hotmail.com"),
            Map.entry("yaho.com", "yahoo.com"), Map.entry("yahooo.com", "yahoo.com"), Map.entry("yahoo.co", "yahoo.com"),
            Map.entry("yahoo.con", "yahoo.com"), Map.entry("yhoo.com", "yahoo.com"), Map.entry("outlok.com", "outlook.com"),
            Map.entry("outlook.co", "outlook.com"), Map.entry("iclod.com", "icloud.com"), Map.entry("icloud.co", "icloud.com"),
            Map.entry("aol.co", "aol.com"), Map.entry("comcast.com", "comcast.net"));
    /** RFC 2606 domains: never a customer's mailbox. */
    private static final Set<String> RESERVED = Set.of("example.com", "example.org", "example.net", "test.com", "invalid");

    private ContactDetails() {
    }

    static FieldResult phone(String before, String defaultRegion) {
        var e164 = PhoneStandardizer.toE164(before, defaultRegion);
        if (e164.isEmpty()) {
            return new FieldResult(CanonicalAttribute.PHONE, before, before, FieldStatus.UNVERIFIED, 0, 0, List.of("PHONE_UNREADABLE"));
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(e164.get(), null);
        } catch (NumberParseException e) {
            return new FieldResult(CanonicalAttribute.PHONE, before, before, FieldStatus.UNVERIFIED, 0, 0, List.of("PHONE_UNREADABLE"));
        }
        List<String> codes = new ArrayList<>();
        if (!e164.get().equals(before)) codes.add("PHONE_FORMATTED");
        String after = PHONES.format(number, PhoneNumberFormat.E164);
        if (PHONES.isValidNumber(number)) {
            codes.add("PHONE_TYPE_" + PHONES.getNumberType(number).name());
            return new FieldResult(CanonicalAttribute.PHONE, before, after, FieldStatus.VERIFIED, 5, 100, codes);
        }
        codes.add("PHONE_NOT_ASSIGNED");
        return new FieldResult(CanonicalAttribute.PHONE, before, after, FieldStatus.PARTIALLY_VERIFIED, 3, 60, codes);
    }

    static FieldResult email(String before) {
        var normalized = EmailStandardizer.normalize(before);
        if (normalized.isEmpty()) {
            return new FieldResult(CanonicalAttribute.EMAIL, before, before, FieldStatus.UNVERIFIED, 0, 0, List.of("EMAIL_SYNTAX_INVALID"));
        }
        String email = normalized.get();
        List<String> codes = new ArrayList<>();
        if (!email.equals(before)) codes.add("EMAIL_FORMATTED");
        int at = email.lastIndexOf('@');
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        String corrected = DOMAIN_TYPOS.get(domain);
        if (corrected != null) {
            codes.add("EMAIL_DOMAIN_TYPO_CORRECTED");
            return new FieldResult(CanonicalAttribute.EMAIL, before, email.substring(0, at + 1) + corrected, FieldStatus.VERIFIED, 4, 85, codes);
        }
        if (RESERVED.contains(domain)) {
            codes.add("EMAIL_RESERVED_DOMAIN");
            return new FieldResult(CanonicalAttribute.EMAIL, before, email, FieldStatus.UNVERIFIED, 1, 20, codes);
        }
        // syntax only: no mailbox is asked whether it exists
        codes.add("EMAIL_SYNTAX_VALID");
        return new FieldResult(CanonicalAttribute.EMAIL, before, email, FieldStatus.PARTIALLY_VERIFIED, 3, 80, codes);
    }
}
