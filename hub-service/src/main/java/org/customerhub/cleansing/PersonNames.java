package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.standardize.NameStandardizer;
import org.customerhub.standardize.NameVocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.customerhub.customer.CanonicalAttribute.*;

/**
 * Names: casing as the hub displays names (the standardiser's rules: "McDonald", "O'Brien", "van der Berg"),
 * honorifics ("Mr", "Dr") and generational suffixes ("Jr", "Sr", "III") taken out of the name fields, and what
 * does not look like a name flagged rather than changed.
 */
final class PersonNames {
    private static final Set<String> HONORIFICS = Set.of("MR", "MRS", "MS", "MISS", "MX", "DR", "PROF", "HERR", "FRAU", "SIR", "MADAM", "REV");
    private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV", "V", "ESQ", "PHD", "MD");

    private PersonNames() {
    }

    static List<FieldResult> cleanse(CleansingRequest request) {
        List<FieldResult> results = new ArrayList<>();
        Map<CanonicalAttribute, String> in = request.values();
        for (CanonicalAttribute attribute : List.of(GIVEN_NAME, MIDDLE_NAME, FAMILY_NAME)) {
            String before = in.get(attribute);
            if (before != null) results.add(name(attribute, before, in));
        }
        return results;
    }

    private static FieldResult name(CanonicalAttribute attribute, String before, Map<CanonicalAttribute, String> in) {
        List<String> codes = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String token : before.strip().split("\\s+")) {
            String bare = token.replace(".", "").replace(",", "").toUpperCase(Locale.ROOT);
            // "V" alone is an initial, not a suffix: only a suffix after other name words is taken out
            boolean suffix = SUFFIXES.contains(bare) && !kept.isEmpty() && (bare.length() > 1 || attribute == FAMILY_NAME);
            if (HONORIFICS.contains(bare) && kept.isEmpty()) addOnce(codes, "HONORIFIC_REMOVED");
            else if (suffix) addOnce(codes, "NAME_SUFFIX_REMOVED");
            else kept.add(token);
        }
        String joined = String.join(" ", kept);
        String after = attribute == MIDDLE_NAME ? NameStandardizer.middleName(joined) : NameStandardizer.displayName(joined);
        if (after.isBlank()) after = before;
        if (!after.equals(before) && codes.isEmpty()) codes.add("CASING");
        FieldStatus status = FieldStatus.VERIFIED;
        int score = 95;
        if (after.chars().anyMatch(Character::isDigit) || after.chars().anyMatch(c -> "@#$%&*=+_<>/\\|".indexOf(c) >= 0)) {
            codes.add("NAME_HAS_UNUSUAL_CHARACTERS");
            status = FieldStatus.UNVERIFIED;
            score = 10;
        } else if (attribute == FAMILY_NAME && in.get(GIVEN_NAME) == null && after.contains(" ")
                && Arrays.stream(after.split(" ")).noneMatch(NameVocabulary::isSurnameParticle)) {
            // "Anna Mueller" in the family name field with no given name: which part is which cannot be told
            codes.add("NAME_PARTS_AMBIGUOUS");
            status = FieldStatus.AMBIGUOUS;
            score = 50;
        } else if (after.length() == 1 && attribute != MIDDLE_NAME) {
            codes.add("NAME_IS_INITIAL");
            status = FieldStatus.PARTIALLY_VERIFIED;
            score = 60;
        }
        return new FieldResult(attribute, before, after, status, 5, score, codes);
    }

    private static void addOnce(List<String> codes, String code) {
        if (!codes.contains(code)) codes.add(code);
    }
}
