package org.customerhub.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/** How a name gets mistyped or flattened to ASCII on its way into a silo. */
final class Spelling {
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Spelling() {
    }

    /** The four edits a fast typist makes: a key too many, a key missed, a neighbouring key, two keys swapped. */
    private enum Typo {
        INSERT, DELETE, SUBSTITUTE, TRANSPOSE
    }

    /**
     * The first letter stays: people rarely get the initial wrong, and a typo in it would turn a test of fuzzy
     * matching into one of blocking. Names too short to survive an edit come back unchanged.
     */
    static String withTypo(String name, Random random) {
        if (name.length() < 4) return name;
        Typo typo = Typo.values()[random.nextInt(Typo.values().length)];
        int at = 1 + random.nextInt(name.length() - 2);
        char c = name.charAt(at);
        return switch (typo) {
            case INSERT -> name.substring(0, at) + (random.nextBoolean() ? c : neighbourKey(c, random))
                    + name.substring(at);
            case DELETE -> name.substring(0, at) + name.substring(at + 1);
            case SUBSTITUTE -> name.substring(0, at) + neighbourKey(c, random) + name.substring(at + 1);
            case TRANSPOSE -> name.charAt(at) == name.charAt(at + 1)
                    ? name.substring(0, at) + neighbourKey(c, random) + name.substring(at + 1)
                    : name.substring(0, at) + name.charAt(at + 1) + c + name.substring(at + 2);
        };
    }

    private static char neighbourKey(char c, Random random) {
        char lower = Character.toLowerCase(c);
        for (String row : KEYBOARD_ROWS) {
            int i = row.indexOf(lower);
            if (i < 0) continue;
            boolean left = i > 0 && (i == row.length() - 1 || random.nextBoolean());
            char neighbour = row.charAt(left ? i - 1 : i + 1);
            return Character.isUpperCase(c) ? Character.toUpperCase(neighbour) : neighbour;
        }
        return c == 'e' ? 'r' : 'e';
    }

    /** "Müller" -> "Muller", "José" -> "Jose", "Straße" -> "Strasse": what an ASCII-only system keeps. */
    static String stripAccents(String text) {
        String sharpS = text.replace("ß", "ss");
        return COMBINING_MARKS.matcher(Normalizer.normalize(sharpS, Normalizer.Form.NFD)).replaceAll("");
    }

    /** "Müller" -> "Mueller": the German convention a clerk who knows it uses instead of dropping the dots. */
    static String transliterate(String text) {
        String expanded = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        return stripAccents(expanded);
    }

    /** For mail local parts: letters only, no accents, lower case ("D'Angelo" -> "dangelo"). */
    static String mailSafe(String name) {
        return transliterate(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
