package org.customerhub.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Issues each silo's customer numbers in arrival order, the way the silos themselves would: counters with gaps
 * (deleted or test profiles), a spa numbering restarted every year, and random loyalty card numbers.
 */
final class SourceKeys {
    private static final int FIRST_SPA_YEAR = 2019;
    private static final int SPA_YEARS = 6;

    private final Random random;
    private int hotelProfile;
    private int casinoPlayer;
    private final Map<Integer, Integer> spaClientsByYear = new HashMap<>();
    private final Set<String> loyaltyCards = new HashSet<>();

    SourceKeys(Random random) {
        this.random = random;
        this.hotelProfile = 10_000 + random.nextInt(90_000);
        this.casinoPlayer = 10_000_000 + random.nextInt(5_000_000);
    }

    /** @param arrival when the record arrives, from 0 (first) to 1 (last); the spa prints the year in its numbers */
    String next(Silo silo, double arrival) {
        return switch (silo) {
            case HOTEL -> String.format("HP-%07d", hotelProfile += 1 + random.nextInt(40));
            case SPA -> {
                int year = FIRST_SPA_YEAR + Math.min(SPA_YEARS - 1, (int) (arrival * SPA_YEARS));
                int client = spaClientsByYear.merge(year, 1 + random.nextInt(3), Integer::sum);
                yield String.format("SPA/%d/%04d", year, client);
            }
            case RETAIL -> {
                String card;
                do {
                    card = String.format("6012 %04d %04d", random.nextInt(10_000), random.nextInt(10_000));
                } while (!loyaltyCards.add(card));
                yield card;
            }
            case CASINO -> String.format("PL%08d", casinoPlayer += 1 + random.nextInt(97));
        };
    }
}
