package org.customerhub.standardize;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Nysiis;

/** Sound-alike keys for names, so "Meyer" and "Maier" land in the same candidate block. */
public final class PhoneticKeys {

    private static final int MAX_CODE_LENGTH = 6;
    /** Configured once here and only read afterwards, which makes the shared encoder safe across threads. */
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final Nysiis NYSIIS = new Nysiis(true);

    static {
        DOUBLE_METAPHONE.setMaxCodeLen(MAX_CODE_LENGTH);
    }

    private PhoneticKeys() {
    }

    /**
     * Primary Double Metaphone code of a folded name, at most six letters; null when there is nothing to
     * encode. Spaces are removed first so "van der berg" and "vanderberg" share a key.
     */
    public static String doubleMetaphone(String folded) {
        String letters = joined(folded);
        if (letters == null) return null;
        String code = DOUBLE_METAPHONE.doubleMetaphone(letters);
        return code == null || code.isEmpty() ? null : code;
    }

    /** NYSIIS code (strict, six letters) of a folded name; null when there is nothing to encode. */
    public static String nysiis(String folded) {
        String letters = joined(folded);
        if (letters == null) return null;
        String code = NYSIIS.nysiis(letters);
        return code == null || code.isEmpty() ? null : code;
    }

    private static String joined(String folded) {
        if (folded == null || folded.isBlank()) return null;
        return folded.replace(" ", "");
    }
}
