package org.customerhub.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.customerhub.standardize.MatchKeys;
import org.customerhub.standardize.PhoneticKeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts each attribute of a record pair into one comparison level (Fellegi-Sunter): the first level, from the
 * strongest agreement down, whose rule holds. Level names are stable: the model keeps m and u per level, the
 * explanation shows them and stored decisions refer to them. An attribute missing on either side gets no level,
 * so it adds nothing to the score. Stateless and thread-safe.
 */
public final class PairComparator {
    public static final String GIVEN_NAME = "given_name";
    public static final String FAMILY_NAME = "family_name";
    public static final String MIDDLE_NAME = "middle_name";
    public static final String DATE_OF_BIRTH = "date_of_birth";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String POSTCODE = "postcode";
    public static final String STREET = "street";
    public static final String CITY = "city";
    /** the identifier a source knows the person by (a national id, a loyalty number), when mapped */
    public static final String CUSTOMER_NUMBER = "customer_number";

    public static final String EXACT = "exact";
    /** nickname equivalence: the two given names share a root in the nickname list ("bill", "william") */
    public static final String NICKNAME = "nickname";
    /** Jaro-Winkler at or above the close band */
    public static final String CLOSE = "close";
    /** Jaro-Winkler at or above the fuzzy band */
    public static final String FUZZY = "fuzzy";
    /** same Double Metaphone or NYSIIS code */
    public static final String PHONETIC = "phonetic";
    /** one given name is a single letter, the other starts with it */
    public static final String INITIAL = "initial";
    /** given and family name exchanged between the two records */
    public static final String SWAPPED = "swapped";
    /** same year, day and month exchanged */
    public static final String TRANSPOSED = "transposed";
    /** same day and month, the year off by a little */
    public static final String YEAR_NEAR = "year-near";
    /** two of year, month and day the same */
    public static final String ONE_COMPONENT = "one-component";
    /** street words overlap while the house numbers do not conflict */
    public static final String TOKENS = "tokens";
    /** one character changed, added, dropped, or two neighbours exchanged: a typing slip in a code */
    public static final String ONE_EDIT = "one-edit";
    public static final String DIFFERENT = "different";

    /** Every attribute with its levels, strongest agreement first; "different" is always last. */
    public static final Map<String, List<String>> LEVELS = levels(
            FAMILY_NAME, List.of(EXACT, CLOSE, FUZZY, PHONETIC, SWAPPED, DIFFERENT),
            GIVEN_NAME, List.of(EXACT, NICKNAME, CLOSE, FUZZY, PHONETIC, INITIAL, SWAPPED, DIFFERENT),
            MIDDLE_NAME, List.of(EXACT, DIFFERENT),
            DATE_OF_BIRTH, List.of(EXACT, TRANSPOSED, YEAR_NEAR, ONE_COMPONENT, DIFFERENT),
            EMAIL, List.of(EXACT, DIFFERENT),
            PHONE, List.of(EXACT, DIFFERENT),
            POSTCODE, List.of(EXACT, ONE_EDIT, DIFFERENT),
            STREET, List.of(EXACT, FUZZY, TOKENS, DIFFERENT),
            CITY, List.of(EXACT, CLOSE, DIFFERENT),
            CUSTOMER_NUMBER, List.of(EXACT, ONE_EDIT, DIFFERENT));

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private final ComparisonRules rules;

    public PairComparator(ComparisonRules rules) {
        this.rules = rules;
    }

    public List<Comparison> compare(MatchKeys a, MatchKeys b) {
        List<Comparison> out = new ArrayList<>(LEVELS.size());
        boolean swapped = namesSwapped(a, b);
        add(out, FAMILY_NAME, swapped ? SWAPPED : familyLevel(a, b), a.familyFolded(), b.familyFolded());
        add(out, GIVEN_NAME, swapped ? SWAPPED : givenLevel(a, b), a.givenFolded(), b.givenFolded());
        add(out, MIDDLE_NAME, exactLevel(a.middleInitial(), b.middleInitial()), a.middleInitial(), b.middleInitial());
        add(out, DATE_OF_BIRTH, dateLevel(a.dateOfBirth(), b.dateOfBirth()), a.dateOfBirth(), b.dateOfBirth());
        add(out, EMAIL, exactLevel(a.emailKey(), b.emailKey()), a.emailKey(), b.emailKey());
        add(out, PHONE, exactLevel(a.phone(), b.phone()), a.phone(), b.phone());
        add(out, POSTCODE, codeLevel(a.postcode(), b.postcode()), a.postcode(), b.postcode());
        add(out, STREET, streetLevel(a, b), address(a), address(b));
        add(out, CITY, cityLevel(a.cityFolded(), b.cityFolded()), a.cityFolded(), b.cityFolded());
        add(out, CUSTOMER_NUMBER, codeLevel(a.identifier(), b.identifier()), a.identifier(), b.identifier());
        return out;
    }

    private static void add(List<Comparison> out, String attribute, String level, String left, String right) {
        if (level != null) out.add(new Comparison(attribute, level, left, right));
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    private static String exactLevel(String x, String y) {
        if (!present(x) || !present(y)) return null;
        return x.equals(y) ? EXACT : DIFFERENT;
    }

    /** Codes (postcodes, identifiers) are typed, not spoken: a slip of one key is the only near miss. */
    private static String codeLevel(String x, String y) {
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return EXACT;
        return EditDistance.withinOne(x, y) ? ONE_EDIT : DIFFERENT;
    }

    private String cityLevel(String x, String y) {
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return EXACT;
        return JARO_WINKLER.apply(x, y) >= rules.nameClose() ? CLOSE : DIFFERENT;
    }

    private String familyLevel(MatchKeys a, MatchKeys b) {
        String x = a.familyFolded();
        String y = b.familyFolded();
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return EXACT;
        String band = similarityBand(x, y);
        if (band != null) return band;
        if (samePhonetic(a.familyPhonetic(), b.familyPhonetic()) || samePhonetic(a.familyNysiis(), b.familyNysiis())) return PHONETIC;
        return DIFFERENT;
    }

    private String givenLevel(MatchKeys a, MatchKeys b) {
        String x = a.givenFolded();
        String y = b.givenFolded();
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return EXACT;
        if (!Collections.disjoint(a.givenRoots(), b.givenRoots())) return NICKNAME;
        String band = similarityBand(x, y);
        if (band != null) return band;
        if (samePhonetic(a.givenPhonetic(), b.givenPhonetic()) || samePhonetic(PhoneticKeys.nysiis(x), PhoneticKeys.nysiis(y)))
            return PHONETIC;
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) return INITIAL;
        return DIFFERENT;
    }

    private String similarityBand(String x, String y) {
        double similarity = JARO_WINKLER.apply(x, y);
        if (similarity >= rules.nameClose()) return CLOSE;
        if (similarity >= rules.nameFuzzy()) return FUZZY;
        return null;
    }

    private static boolean samePhonetic(String x, String y) {
        return present(x) && x.equals(y);
    }

    /**
     * Same person, names in the other order, perhaps with a slip as well: "Mueller Anna" against "Anna Mueller" or
     * "Anna Muller". Each crossed pair must be alike (equal, one edit apart or in the fuzzy band), and the names in
     * their own order must not be alike both: a twin, a sibling or a spouse shares the family name in its place.
     */
    private boolean namesSwapped(MatchKeys a, MatchKeys b) {
        String ag = a.givenFolded();
        String af = a.familyFolded();
        String bg = b.givenFolded();
        String bf = b.familyFolded();
        if (!present(ag) || !present(af) || !present(bg) || !present(bf) || ag.equals(af) || bg.equals(bf)) return false;
        if (ag.equals(bf) && af.equals(bg)) return true;
        return alike(ag, bf) && alike(af, bg) && !(alike(ag, bg) && alike(af, bf));
    }

    private boolean alike(String x, String y) {
        return x.equals(y) || EditDistance.withinOne(x, y) || JARO_WINKLER.apply(x, y) >= rules.nameFuzzy();
    }

    private String dateLevel(String x, String y) {
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return EXACT;
        String[] p = x.split("-");
        String[] q = y.split("-");
        if (p.length != 3 || q.length != 3) return DIFFERENT;
        boolean sameYear = p[0].equals(q[0]);
        boolean sameMonth = p[1].equals(q[1]);
        boolean sameDay = p[2].equals(q[2]);
        if (sameYear && p[1].equals(q[2]) && p[2].equals(q[1])) return TRANSPOSED;
        if (sameMonth && sameDay && yearsApart(p[0], q[0]) <= rules.yearTolerance()) return YEAR_NEAR;
        int same = (sameYear ? 1 : 0) + (sameMonth ? 1 : 0) + (sameDay ? 1 : 0);
        return same == 2 ? ONE_COMPONENT : DIFFERENT;
    }

    private static int yearsApart(String x, String y) {
        try {
            return Math.abs(Integer.parseInt(x) - Integer.parseInt(y));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private String streetLevel(MatchKeys a, MatchKeys b) {
        String x = a.streetFolded();
        String y = b.streetFolded();
        if (!present(x) || !present(y)) return null;
        boolean sameNumber = Objects.equals(a.houseNumber(), b.houseNumber());
        if (sameNumber && x.equals(y)) return EXACT;
        if (sameNumber && JARO_WINKLER.apply(x, y) >= rules.streetFuzzy()) return FUZZY;
        boolean numbersConflict = present(a.houseNumber()) && present(b.houseNumber()) && !sameNumber;
        if (!numbersConflict && tokenOverlap(x, y) >= rules.streetTokenOverlap()) return TOKENS;
        return DIFFERENT;
    }

    /** Jaccard overlap of the street words long enough to mean something ("paradise", "road"; not "rd", "n"). */
    private double tokenOverlap(String x, String y) {
        Set<String> left = words(x);
        Set<String> right = words(y);
        if (left.isEmpty() || right.isEmpty()) return 0;
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / (left.size() + right.size() - shared.size());
    }

    private Set<String> words(String street) {
        return Arrays.stream(street.split(" ")).filter(w -> w.length() >= rules.streetTokenMinLength()).collect(Collectors.toSet());
    }

    private static String address(MatchKeys k) {
        if (!present(k.streetFolded())) return null;
        return present(k.houseNumber()) ? k.houseNumber() + " " + k.streetFolded() : k.streetFolded();
    }

    private static Map<String, List<String>> levels(Object... attributeThenLevels) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < attributeThenLevels.length; i += 2) {
            @SuppressWarnings("unchecked") List<String> levels = (List<String>) attributeThenLevels[i + 1];
            map.put((String) attributeThenLevels[i], levels);
        }
        return Collections.unmodifiableMap(map);
    }
}
