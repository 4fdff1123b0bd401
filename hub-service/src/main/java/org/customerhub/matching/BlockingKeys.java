package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;
import org.customerhub.standardize.PhoneticKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocking keys of a record: each is a small combination of attributes (sound-alike names, date of birth,
 * postcode, address, identifiers) written as one string, and two records become candidates when they share any
 * key. The combinations are chosen so that a pair of records of one person that differ in one or two attributes
 * (a typo, a move, a swapped name, a transposed date, a missing value) still shares at least one key, while each
 * key alone stays selective. The search index stores the keys of every record in one keyword field and asks for
 * the records that share most of them (rare keys weigh more); the in-memory search of recent records uses the
 * same keys, so both find the same records. Typos that change a name's sound and its first letters are left to
 * the fuzzy name query ({@link #fuzzyNamesMatch}). The keys of the last few thousand records asked for are kept
 * (a pure function of the match keys): matching a record asks for them four times, for the index search, the
 * buffer of recent records (its search and its entry) and the index document. Thread-safe.
 */
public final class BlockingKeys {
    private static final int REMEMBERED = 4096;
    private static final Map<MatchKeys, List<String>> RECENT = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MatchKeys, List<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    private BlockingKeys() {
    }

    /** The record's keys, each once, in a fixed order; the list cannot be changed. */
    public static List<String> of(MatchKeys k) {
        synchronized (RECENT) {
            List<String> known = RECENT.get(k);
            if (known != null) return known;
        }
        List<String> keys = List.copyOf(compute(k));
        synchronized (RECENT) {
            RECENT.put(k, keys);
        }
        return keys;
    }

    private static Set<String> compute(MatchKeys k) {
        Set<String> keys = new LinkedHashSet<>();
        String family = k.familyPhonetic();
        String given = k.givenPhonetic();
        String dob = k.dateOfBirth();
        String postcode = k.postcode();
        String house = k.houseNumber();
        String city = withoutSpaces(k.cityFolded());
        String street = PhoneticKeys.doubleMetaphone(k.streetFolded());
        // the street as either address line gives it (a source that puts a building name first moves the street
        // to the second line), and the street's first word alone: a typo in "crescent" or "drive" changes the
        // sound of the whole street, not of its name
        List<String> streets = new ArrayList<>();
        if (street != null) streets.add(street);
        String unitStreet = PhoneticKeys.doubleMetaphone(k.unitFolded());
        if (unitStreet != null && !unitStreet.equals(street)) streets.add(unitStreet);
        Set<String> streetWords = new LinkedHashSet<>();
        for (String line : new String[] {k.streetFolded(), k.unitFolded()}) {
            String word = PhoneticKeys.doubleMetaphone(firstWord(line));
            if (word != null) streetWords.add(word);
        }
        // sound-alike names in either order: "anna mueller" and "mueller anna" share the key
        if (family != null && given != null) keys.add("names:" + unordered(family, given));
        for (String root : k.givenRoots()) if (family != null) keys.add("family+root:" + family + "|" + root);
        add(keys, "family-nysiis+initial", k.familyNysiis(), initial(k.givenFolded()));
        String familyPrefix = prefix(k.familyFolded(), 3);
        String givenPrefix = prefix(k.givenFolded(), 3);
        if (familyPrefix != null && givenPrefix != null) keys.add("name-prefixes:" + unordered(familyPrefix, givenPrefix));
        // a date of birth with any one sound-alike name, or with the postcode; day and month exchanged too
        add(keys, "dob+family", dob, family);
        add(keys, "dob+given", dob, given);
        add(keys, "dob+postcode", dob, postcode);
        add(keys, "dob+initials", dob, initials(k));
        add(keys, "dob-unordered+family", unorderedDayMonth(dob), family);
        add(keys, "dob+family-nysiis", dob, k.familyNysiis());
        add(keys, "dob+house", dob, house);
        add(keys, "dob+city", dob, city);
        // where a person lives, with one name, or the address alone in two parts
        add(keys, "postcode+family", postcode, family);
        add(keys, "postcode+given", postcode, given);
        add(keys, "house+postcode", house, postcode);
        add(keys, "house+city", house, city);
        add(keys, "family+city", family, city);
        for (String s : streets) {
            add(keys, "dob+street", dob, s);
            add(keys, "house+street", house, s);
            add(keys, "street+city", s, city);
            add(keys, "street+postcode", s, postcode);
            add(keys, "street+given", s, given);
            add(keys, "street+family", s, family);
        }
        for (String word : streetWords) {
            add(keys, "house+street-word", house, word);
            add(keys, "dob+street-word", dob, word);
        }
        add(keys, "city+names", city, family, given);
        // identifiers are selective alone
        add(keys, "email", k.emailKey());
        add(keys, "phone", k.phone());
        add(keys, "identifier", k.identifier());
        return keys;
    }

    /**
     * The fuzzy name query of the search index, in memory: both names within Elasticsearch's {@code AUTO} edit
     * budget of the query record's names, in the same or in swapped order.
     */
    public static boolean fuzzyNamesMatch(MatchKeys query, MatchKeys other) {
        return fuzzyNamesMatch(query, other.familyFolded(), other.givenFolded());
    }

    /** The same, against another record's folded family and given name. */
    public static boolean fuzzyNamesMatch(MatchKeys query, String otherFamily, String otherGiven) {
        String family = query.familyFolded();
        String given = query.givenFolded();
        if (family == null || given == null || otherFamily == null || otherGiven == null) return false;
        return fuzzy(family, otherFamily) && fuzzy(given, otherGiven)
                || fuzzy(given, otherFamily) && fuzzy(family, otherGiven);
    }

    private static boolean fuzzy(String term, String value) {
        return EditDistance.within(term, value, EditDistance.autoFuzziness(term));
    }

    private static void add(Set<String> keys, String kind, String... parts) {
        for (String part : parts) if (part == null || part.isEmpty()) return;
        keys.add(kind + ":" + String.join("|", parts));
    }

    private static String unordered(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }

    private static String prefix(String folded, int length) {
        if (folded == null) return null;
        String letters = folded.replace(" ", "");
        return letters.length() < length ? null : letters.substring(0, length);
    }

    private static String withoutSpaces(String folded) {
        return folded == null ? null : folded.replace(" ", "");
    }

    /** The first word of at least three letters ("jalanga" of "jalanga crescent"), or null. */
    private static String firstWord(String folded) {
        if (folded == null) return null;
        for (String word : folded.split(" ")) if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)) return word;
        return null;
    }

    private static String initial(String folded) {
        return folded == null || folded.isEmpty() ? null : folded.substring(0, 1);
    }

    private static String initials(MatchKeys k) {
        String f = initial(k.familyFolded());
        String g = initial(k.givenFolded());
        return f == null || g == null ? null : unordered(f, g);
    }

    /** "1985-07-03" and "1985-03-07" give the same value. */
    private static String unorderedDayMonth(String isoDate) {
        if (isoDate == null) return null;
        String[] p = isoDate.split("-");
        if (p.length != 3) return null;
        return p[0] + "|" + unordered(p[1], p[2]);
    }
}
