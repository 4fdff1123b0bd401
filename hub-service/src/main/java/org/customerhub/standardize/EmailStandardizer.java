package org.customerhub.standardize;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * E-mail addresses: one stored form per address, and a separate key for matching that ignores the
 * differences a mailbox provider ignores.
 */
public final class EmailStandardizer {

    private static final Pattern LOCAL_PART = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");
    private static final Set<String> GMAIL_DOMAINS = Set.of("gmail.com", "googlemail.com");
    private static final String MAILTO = "mailto:";

    private EmailStandardizer() {
    }

    /**
     * Trimmed, lower case, without surrounding angle brackets or "mailto:"; empty when it is not a
     * syntactically plausible address. Dots and +tags stay: they are part of what the customer gave us.
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) return Optional.empty();
        String email = raw.strip();
        if (email.startsWith("<") && email.endsWith(">")) email = email.substring(1, email.length() - 1).strip();
        if (email.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) email = email.substring(MAILTO.length()).strip();
        email = email.toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@')) return Optional.empty();
        boolean plausible = LOCAL_PART.matcher(email.substring(0, at)).matches()
                && DOMAIN.matcher(email.substring(at + 1)).matches();
        return plausible ? Optional.of(email) : Optional.empty();
    }

    /**
     * Key under which addresses reaching the same mailbox compare equal: the +tag is dropped everywhere,
     * and for Gmail also the dots, since Gmail delivers "a.nna+spa@gmail.com" to "anna@gmail.com".
     * googlemail.com is the same service, so it keys as gmail.com. Null for null.
     */
    public static String matchKey(String normalized) {
        if (normalized == null) return null;
        int at = normalized.lastIndexOf('@');
        if (at <= 0) return normalized;
        String local = normalized.substring(0, at);
        String domain = normalized.substring(at + 1);
        int tag = local.indexOf('+');
        if (tag > 0) local = local.substring(0, tag);
        if (GMAIL_DOMAINS.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }
}
