package org.customerhub.demo;

import java.util.List;
import java.util.Map;

/**
 * The short forms guests give at a casino cage or a spa desk. Only names in the {@link Vocabulary} lists appear,
 * since a nickname is a variation of a person's given name, never a name of its own here.
 */
final class Nicknames {
    private static final Map<String, List<String>> BY_NAME = Map.ofEntries(
            Map.entry("William", List.of("Bill", "Will", "Billy")),
            Map.entry("Robert", List.of("Bob", "Rob", "Bobby")),
            Map.entry("Elizabeth", List.of("Liz", "Beth", "Betsy")),
            Map.entry("Katherine", List.of("Kate", "Katie", "Kathy")),
            Map.entry("Kathryn", List.of("Kate", "Katie")),
            Map.entry("Catherine", List.of("Cathy", "Kate")),
            Map.entry("Kathleen", List.of("Kathy", "Kate")),
            Map.entry("Michael", List.of("Mike", "Mikey")),
            Map.entry("Jennifer", List.of("Jen", "Jenny")),
            Map.entry("James", List.of("Jim", "Jimmy", "Jamie")),
            Map.entry("John", List.of("Jack", "Johnny")),
            Map.entry("Richard", List.of("Rick", "Rich", "Dick")),
            Map.entry("Joseph", List.of("Joe", "Joey")),
            Map.entry("Thomas", List.of("Tom", "Tommy")),
            Map.entry("Christopher", List.of("Chris")),
            Map.entry("Charles", List.of("Charlie", "Chuck")),
            Map.entry("Daniel", List.of("Dan", "Danny")),
            Map.entry("Matthew", List.of("Matt")),
            Map.entry("Anthony", List.of("Tony")),
            Map.entry("Donald", List.of("Don")),
            Map.entry("Steven", List.of("Steve")),
            Map.entry("Stephen", List.of("Steve")),
            Map.entry("Andrew", List.of("Andy", "Drew")),
            Map.entry("Joshua", List.of("Josh")),
            Map.entry("Kenneth", List.of("Ken", "Kenny")),
            Map.entry("Timothy", List.of("Tim")),
            Map.entry("Ronald", List.of("Ron")),
            Map.entry("Edward", List.of("Ed", "Eddie", "Ted")),
            Map.entry("Jeffrey", List.of("Jeff")),
            Map.entry("Nicholas", List.of("Nick")),
            Map.entry("Gregory", List.of("Greg")),
            Map.entry("Benjamin", List.of("Ben")),
            Map.entry("Samuel", List.of("Sam")),
            Map.entry("Alexander", List.of("Alex")),
            Map.entry("Patrick", List.of("Pat")),
            Map.entry("Raymond", List.of("Ray")),
            Map.entry("Gerald", List.of("Jerry")),
            Map.entry("Lawrence", List.of("Larry")),
            Map.entry("Douglas", List.of("Doug")),
            Map.entry("Peter", List.of("Pete")),
            Map.entry("Zachary", List.of("Zach")),
            Map.entry("Nathan", List.of("Nate")),
            Map.entry("Jonathan", List.of("Jon")),
            Map.entry("Francis", List.of("Frank")),
            Map.entry("Albert", List.of("Al")),
            Map.entry("Vincent", List.of("Vince")),
            Map.entry("Bradley", List.of("Brad")),
            Map.entry("Gabriel", List.of("Gabe")),
            Map.entry("Walter", List.of("Walt")),
            Map.entry("Patricia", List.of("Pat", "Patty", "Trish")),
            Map.entry("Margaret", List.of("Maggie", "Peggy", "Meg")),
            Map.entry("Susan", List.of("Sue", "Susie")),
            Map.entry("Deborah", List.of("Debbie", "Deb")),
            Map.entry("Debra", List.of("Debbie", "Deb")),
            Map.entry("Jessica", List.of("Jess")),
            Map.entry("Rebecca", List.of("Becky")),
            Map.entry("Victoria", List.of("Vicky", "Tori")),
            Map.entry("Christina", List.of("Tina", "Chris")),
            Map.entry("Christine", List.of("Chris", "Chrissy")),
            Map.entry("Kimberly", List.of("Kim")),
            Map.entry("Samantha", List.of("Sam")),
            Map.entry("Stephanie", List.of("Steph")),
            Map.entry("Cynthia", List.of("Cindy")),
            Map.entry("Pamela", List.of("Pam")),
            Map.entry("Barbara", List.of("Barb")),
            Map.entry("Abigail", List.of("Abby")),
            Map.entry("Madison", List.of("Maddie")),
            Map.entry("Theresa", List.of("Terry", "Tess")),
            Map.entry("Teresa", List.of("Terry")),
            Map.entry("Judith", List.of("Judy")),
            Map.entry("Dorothy", List.of("Dottie")),
            Map.entry("Jacqueline", List.of("Jackie")),
            Map.entry("Melissa", List.of("Missy")),
            Map.entry("Amanda", List.of("Mandy")),
            Map.entry("Alexis", List.of("Lexi")),
            Map.entry("Frances", List.of("Fran")),
            Map.entry("Sandra", List.of("Sandy")),
            Map.entry("Virginia", List.of("Ginny")),
            Map.entry("Beverly", List.of("Bev")),
            Map.entry("Guadalupe", List.of("Lupe")),
            Map.entry("José", List.of("Pepe")),
            Map.entry("Francisco", List.of("Paco")),
            Map.entry("Manuel", List.of("Manolo")),
            Map.entry("Concepción", List.of("Concha")),
            Map.entry("Giuseppe", List.of("Beppe", "Peppe")),
            Map.entry("Alessandro", List.of("Sandro")),
            Map.entry("Maximilian", List.of("Max")),
            Map.entry("Katharina", List.of("Kathi")));

    private Nicknames() {
    }

    static List<String> of(String givenName) {
        return BY_NAME.getOrDefault(givenName, List.of());
    }

    /** Whether two given names could be taken for the same person's, e.g. "Bill" and "Billy" via William. */
    static boolean related(String a, String b) {
        if (a.equalsIgnoreCase(b) || of(a).contains(b) || of(b).contains(a)) return true;
        return BY_NAME.values().stream().anyMatch(forms -> forms.contains(a) && forms.contains(b));
    }
}
