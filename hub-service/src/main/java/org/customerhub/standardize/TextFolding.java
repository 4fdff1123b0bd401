package org.customerhub.standardize;

import java.text.Normalizer;

/**
 * Reduces text to the form used for comparing and indexing: the spelling variants a clerk or a keyboard
 * introduces (case, accents, punctuation, spacing) must not make two records of one person look different.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /**
     * Lower case, accents folded, hyphens and dashes become spaces, apostrophes and other punctuation vanish,
     * whitespace collapsed and trimmed. Null or blank gives "".
     */
    public static String fold(String text) {
        if (text == null || text.isBlank()) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean gapPending = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                if (gapPending && folded.length() > 0) folded.append(' ');
                gapPending = false;
                appendWithoutSpecialLetters(folded, Character.toLowerCase(codePoint));
            } else if (separatesWords(codePoint)) {
                gapPending = true;
            }
            // combining marks (the accents after NFD), apostrophes and other punctuation vanish without a gap,
            // so "O'Brien" and "OBrien" fold alike, as do "J.R." and "JR"
        }
        return folded.toString();
    }

    private static boolean separatesWords(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.DASH_PUNCTUATION;
    }

    /** Letters that NFD does not decompose into a base letter plus accent. */
    private static void appendWithoutSpecialLetters(StringBuilder folded, int lowerCodePoint) {
        switch (lowerCodePoint) {
            case 'ß' -> folded.append("ss");
            case 'æ' -> folded.append("ae");
            case 'œ' -> folded.append("oe");
            case 'ø' -> folded.append('o');
            case 'ł' -> folded.append('l');
            case 'đ', 'ð' -> folded.append('d');
            case 'þ' -> folded.append("th");
            case 'ı' -> folded.append('i');
            default -> folded.appendCodePoint(lowerCodePoint);
        }
    }
}
