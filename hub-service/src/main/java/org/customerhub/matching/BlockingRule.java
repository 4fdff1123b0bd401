package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which record pairs training looks at: records sharing a key (the same ideas the search index uses to propose
 * candidates). The rule's own attributes agree within its pairs by construction, so EM over those pairs says
 * nothing about them: they are left out of that rule's run.
 */
public record BlockingRule(String name, Function<MatchKeys, List<String>> keys, Set<String> leavesOut) {

    /**
     * Sound-alike family name with a given-name root, date of birth, e-mail: keys of one person. A key a household
     * shares (phone, address) is left out on purpose: EM over pairs sharing a landline would take the spouses and
     * children among them for one person with many given names and birth dates, and learn that a different given
     * name or birth date hardly matters.
     */
    public static final List<BlockingRule> STANDARD = List.of(
            new BlockingRule("name", BlockingRule::nameKeys, Set.of(PairComparator.FAMILY_NAME, PairComparator.GIVEN_NAME)),
            new BlockingRule("date_of_birth", k -> one(k.dateOfBirth()), Set.of(PairComparator.DATE_OF_BIRTH)),
            new BlockingRule("email", k -> one(k.emailKey()), Set.of(PairComparator.EMAIL)));

    private static List<String> nameKeys(MatchKeys k) {
        if (k.familyPhonetic() == null || k.givenFolded() == null) return List.of();
        return k.givenRoots().stream().sorted().map(root -> k.familyPhonetic() + "|" + root).toList();
    }

    private static List<String> one(String key) {
        return key == null || key.isEmpty() ? List.of() : List.of(key);
    }
}
