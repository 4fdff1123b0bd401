package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.*;
import static org.customerhub.matching.MatchingFixtures.keys;

/** Blocking keys, the edit distance behind code levels and fuzzy names, and the buffer of recent records. */
class BlockingAndRecentRecordsTest {
    private static final MatchKeys ANNA = keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Lindqvist", DATE_OF_BIRTH, "1988-04-02",
            POSTCODE, "89109", HOUSE_NUMBER, "12", STREET, "Desert Inn Road", CITY, "Las Vegas");

    @Test
    void editDistanceCountsOneSlipIncludingASwapOfNeighboursAndFollowsElasticsearchAuto() {
        assertThat(EditDistance.withinOne("2119", "2191")).isTrue();
        assertThat(EditDistance.withinOne("2119", "2118")).isTrue();
        assertThat(EditDistance.withinOne("2119", "219")).isTrue();
        assertThat(EditDistance.withinOne("2119", "9112")).isFalse();
        assertThat(EditDistance.within("lindqvist", "lindquist", 2)).isTrue();
        assertThat(EditDistance.within("lindqvist", "lundkvost", 2)).isFalse();
        assertThat(List.of("ab", "anna", "lindqvist").stream().map(EditDistance::autoFuzziness)).containsExactly(0, 1, 2);
    }

    @Test
    void aRecordSharesAKeyWithItsVariantsThatDifferInOneOrTwoAttributes() {
        List<MatchKeys> variants = List.of(
                keys(GIVEN_NAME, "Lindqvist", FAMILY_NAME, "Anna", DATE_OF_BIRTH, "1988-04-02"),        // names swapped
                keys(GIVEN_NAME, "Anne", FAMILY_NAME, "Lindkvist", DATE_OF_BIRTH, "1988-02-04"),        // typos, day and month
                keys(GIVEN_NAME, "Xanna", FAMILY_NAME, "Lindqvist", POSTCODE, "89109"),                 // first letter typo, moved dob
                keys(GIVEN_NAME, "Maja", FAMILY_NAME, "Berg", HOUSE_NUMBER, "12", STREET, "Desert Inn Rd", POSTCODE, "89109"),
                keys(FAMILY_NAME, "Lindqvist", DATE_OF_BIRTH, "1988-04-02"));                           // given name missing
        List<String> anna = BlockingKeys.of(ANNA);
        for (MatchKeys variant : variants) {
            assertThat(Collections.disjoint(anna, BlockingKeys.of(variant))).as(variant.toString()).isFalse();
        }
        assertThat(Collections.disjoint(anna, BlockingKeys.of(keys(GIVEN_NAME, "Omar", FAMILY_NAME, "Haddad",
                DATE_OF_BIRTH, "1970-01-01", POSTCODE, "10115")))).isTrue();
    }

    /**
     * Variants that differ in nearly everything a person can be found by: another given name, no or another birth
     * date, a typo in the family name, a postcode slip. The address still finds them, in whichever line and with
     * whichever typo in the street's type word, and names in the other order with typos in both.
     */
    @Test
    void theAddressFindsAVariantWithAnotherNameAndBirthDateInEitherLineAndWithATypoInTheStreetType() {
        MatchKeys lily = keys(GIVEN_NAME, "Lily", FAMILY_NAME, "Green", HOUSE_NUMBER, "105", STREET, "Hawker Place",
                UNIT, "Chippendale Village", CITY, "Currambine", POSTCODE, "3016", DATE_OF_BIRTH, "1966-05-30");
        List<String> keys = BlockingKeys.of(lily);
        List<MatchKeys> variants = List.of(
                // the lines exchanged, another name, house number and no birth date
                keys(GIVEN_NAME, "Brandon", FAMILY_NAME, "Tallaxdira", HOUSE_NUMBER, "123", STREET, "Chippendale Village",
                        UNIT, "Hawker Place", CITY, "Currambine", POSTCODE, "3016"),
                // "plcae": the street type mistyped, and the postcode and birth date off
                keys(GIVEN_NAME, "Zachary", FAMILY_NAME, "Grene", HOUSE_NUMBER, "105", STREET, "Hawker Plcae",
                        CITY, "Currambine Sth", POSTCODE, "3061", DATE_OF_BIRTH, "1976-01-13"),
                // another given name and birth date, the postcode off: family name and town
                keys(GIVEN_NAME, "Kynan", FAMILY_NAME, "Green", CITY, "Curram bine", POSTCODE, "3017", DATE_OF_BIRTH, "1947-09-22"),
                // names in the other order, both mistyped
                keys(GIVEN_NAME, "Grene", FAMILY_NAME, "Lilly", POSTCODE, "4000"));
        for (MatchKeys variant : variants) {
            assertThat(Collections.disjoint(keys, BlockingKeys.of(variant))).as(variant.toString()).isFalse();
        }
        // someone else in another town shares no key
        assertThat(Collections.disjoint(keys, BlockingKeys.of(keys(GIVEN_NAME, "Omar", FAMILY_NAME, "Haddad",
                HOUSE_NUMBER, "105", STREET, "Pitt Street", CITY, "Sydney", POSTCODE, "2000", DATE_OF_BIRTH, "1966-05-31")))).isTrue();
    }

    @Test
    void fuzzyNamesAllowElasticsearchsEditBudgetInEitherOrder() {
        assertThat(BlockingKeys.fuzzyNamesMatch(ANNA, keys(GIVEN_NAME, "Anja", FAMILY_NAME, "Lindqvsit"))).isTrue();
        assertThat(BlockingKeys.fuzzyNamesMatch(ANNA, keys(GIVEN_NAME, "Lindquist", FAMILY_NAME, "Ana"))).isTrue();
        assertThat(BlockingKeys.fuzzyNamesMatch(ANNA, keys(GIVEN_NAME, "Hanna", FAMILY_NAME, "Lundgren"))).isFalse();
    }

    @Test
    void namesWithinTheBudgetAlwaysShareADeletionVariant() {
        java.util.Random random = new java.util.Random(42);
        int within = 0;
        for (int i = 0; i < 20_000; i++) {
            String name = randomName(random, 2 + random.nextInt(10));
            String slipped = slips(random, name, 1 + random.nextInt(3));
            int budget = EditDistance.autoFuzziness(name);
            if (!EditDistance.within(name, slipped, budget)) continue;
            within++;
            assertThat(java.util.Collections.disjoint(EditDistance.deletions(name, budget), EditDistance.deletions(slipped, 2)))
                    .as("%s and %s", name, slipped).isFalse();
        }
        assertThat(within).as("pairs within the budget tried").isGreaterThan(5_000);
        assertThat(EditDistance.deletions("anna", 1)).containsExactlyInAnyOrder("anna", "nna", "ana", "ann");
    }

    @Test
    void theBuffersFuzzyNamesAreThoseOfAFullCheckOfEveryEntry() {
        java.util.Random random = new java.util.Random(7);
        RecentRecords recent = new RecentRecords(10_000, Duration.ofMinutes(1));
        List<MatchKeys> stored = new java.util.ArrayList<>();
        List<String> families = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) families.add(randomName(random, 3 + random.nextInt(8)));
        for (long id = 0; id < 3_000; id++) {
            String family = random.nextInt(3) == 0 ? slips(random, families.get(random.nextInt(families.size())), 1 + random.nextInt(2))
                    : families.get(random.nextInt(families.size()));
            MatchKeys k = keys(GIVEN_NAME, randomName(random, 3 + random.nextInt(6)), FAMILY_NAME, family);
            stored.add(k);
            recent.add(id, k);
        }
        int nonEmpty = 0;
        for (int q = 0; q < 300; q++) {
            MatchKeys query = stored.get(random.nextInt(stored.size()));
            query = keys(GIVEN_NAME, slips(random, query.givenFolded(), random.nextInt(2)), FAMILY_NAME, slips(random, query.familyFolded(), random.nextInt(2)));
            List<Long> expected = new java.util.ArrayList<>();
            for (int id = 0; id < stored.size() && expected.size() < 20; id++) {
                if (BlockingKeys.fuzzyNamesMatch(query, stored.get(id))) expected.add((long) id);
            }
            // the fuzzy names are asked for only where the buffer's keys found nothing
            CandidateFinder.Found found = recent.find(query, 20, System.nanoTime());
            if (!found.byKeys().isEmpty()) continue;
            if (!expected.isEmpty()) nonEmpty++;
            assertThat(found.byFuzzyNames()).as("query %s %s", query.givenFolded(), query.familyFolded()).isEqualTo(expected);
        }
        assertThat(nonEmpty).as("queries that found names by fuzziness alone").isPositive();
    }

    private static String randomName(java.util.Random random, int length) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) name.append((char) ('a' + random.nextInt(26)));
        return name.toString();
    }

    /** The name with this many random slips: a letter changed, added, dropped, or two neighbours exchanged. */
    private static String slips(java.util.Random random, String name, int count) {
        StringBuilder s = new StringBuilder(name);
        for (int i = 0; i < count; i++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> { if (!s.isEmpty()) s.setCharAt(at, (char) ('a' + random.nextInt(26))); }
                case 1 -> s.insert(at, (char) ('a' + random.nextInt(26)));
                case 2 -> { if (s.length() > 1) s.deleteCharAt(at); }
                default -> { if (at + 1 < s.length()) { char c = s.charAt(at); s.setCharAt(at, s.charAt(at + 1)); s.setCharAt(at + 1, c); } }
            }
        }
        return s.toString();
    }

    @Test
    void theBufferOffersARecordToEverySearchSentBeforeTheIndexShowedIt() {
        RecentRecords recent = new RecentRecords(100, Duration.ofMinutes(1));
        MatchKeys anne = keys(GIVEN_NAME, "Anne", FAMILY_NAME, "Lindqvist", DATE_OF_BIRTH, "1988-04-02");
        long written = recent.add(7, anne);
        long searchedBeforeRefresh = System.nanoTime();

        assertThat(recent.find(ANNA, 20, System.nanoTime()).byKeys()).containsExactly(7L);
        recent.searchable(Map.of(7L, written));

        assertThat(recent.find(ANNA, 20, searchedBeforeRefresh).byKeys()).as("an answer from before the refresh").containsExactly(7L);
        assertThat(recent.find(ANNA, 20, System.nanoTime()).byKeys()).as("the index shows it now").isEmpty();
        assertThat(recent.unsearchable()).isZero();
    }

    @Test
    void theFuzzyNamesOfTheBufferAreThoseASearchMayHaveMissed() throws InterruptedException {
        RecentRecords recent = new RecentRecords(100, Duration.ofMinutes(1));
        // names one slip from the query's that share no blocking key with it (another initial, another sound)
        MatchKeys query = keys(GIVEN_NAME, "Annika", FAMILY_NAME, "Lindqvist");
        long early = recent.add(1, keys(GIVEN_NAME, "Dannika", FAMILY_NAME, "Lindqvist"));
        long rewritten = recent.add(2, keys(GIVEN_NAME, "Mannika", FAMILY_NAME, "Lindqvist"));
        recent.searchable(Map.of(1L, early, 2L, rewritten));
        Thread.sleep(1);
        long searchedAt = System.nanoTime();
        long late = recent.add(3, keys(GIVEN_NAME, "Kannika", FAMILY_NAME, "Lindqvist"));
        recent.add(2, keys(GIVEN_NAME, "Mannika", FAMILY_NAME, "Lindqvist"));
        recent.add(4, keys(GIVEN_NAME, "Vannika", FAMILY_NAME, "Lindqvist"));
        recent.add(5, keys(GIVEN_NAME, "Bo", FAMILY_NAME, "Lindqvist"));
        recent.searchable(Map.of(3L, late));
        recent.remove(List.of(4L));

        assertThat(recent.find(query, 20, searchedAt).byFuzzyNames())
                .as("refreshed after the search, written again since, not refreshed yet; not what it saw, nor a removed one")
                .containsExactly(2L, 3L);
        assertThat(recent.find(query, 20, System.nanoTime()).byFuzzyNames()).as("a search sent now sees 3").containsExactly(2L);
        assertThat(recent.find(query, 1, searchedAt).byFuzzyNames()).as("the oldest write first").containsExactly(3L);
        assertThat(recent.unsearchable()).isEqualTo(2);
    }

    @Test
    void whatEverySearchHasSeenForTheRetentionLeavesTheBuffer() throws InterruptedException {
        RecentRecords recent = new RecentRecords(100, Duration.ofMillis(20));
        long searchedBefore = System.nanoTime();
        recent.searchable(Map.of(7L, recent.add(7, ANNA)));
        recent.add(8, ANNA);
        Thread.sleep(40);
        recent.searchable(Map.of());

        assertThat(recent.find(ANNA, 20, searchedBefore).byKeys()).as("7 expired, 8 not searchable yet").containsExactly(8L);
    }

    @Test
    void aRecordWrittenAgainStaysOfferedUntilItsNewWriteIsSearchable() {
        RecentRecords recent = new RecentRecords(100, Duration.ofMinutes(1));
        long first = recent.add(7, ANNA);
        recent.add(7, ANNA);
        recent.searchable(Map.of(7L, first));

        assertThat(recent.find(ANNA, 20, System.nanoTime()).byKeys()).containsExactly(7L);
        assertThat(recent.unsearchable()).isEqualTo(1);
    }

    @Test
    void theBufferIsBoundedOldestFirst() {
        RecentRecords recent = new RecentRecords(2, Duration.ofMinutes(1));
        recent.add(1, ANNA);
        recent.add(2, ANNA);
        recent.add(3, ANNA);

        assertThat(Set.copyOf(recent.find(ANNA, 20, System.nanoTime()).byKeys())).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void theIndexAndTheBufferAreUnitedAndFuzzyNamesCountOnlyWhereKeysFoundNothing() {
        CandidateFinder.Found indexed = new CandidateFinder.Found(List.of(1L, 2L), List.of(9L), 0);
        CandidateFinder.Found buffered = new CandidateFinder.Found(List.of(2L, 3L), List.of(8L), 0);
        assertThat(MatchService.candidateIds(indexed, buffered)).containsExactly(1L, 2L, 3L);

        CandidateFinder.Found nothingByKeys = new CandidateFinder.Found(List.of(), List.of(9L), 0);
        CandidateFinder.Found notAsked = new CandidateFinder.Found(List.of(), null, 0);
        assertThat(MatchService.candidateIds(nothingByKeys, new CandidateFinder.Found(List.of(), List.of(8L), 0))).containsExactly(9L, 8L);
        assertThat(MatchService.candidateIds(notAsked, new CandidateFinder.Found(List.of(), List.of(8L), 0))).containsExactly(8L);
    }
}
