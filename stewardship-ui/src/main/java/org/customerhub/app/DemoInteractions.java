package org.customerhub.app;

import jakarta.inject.Singleton;
import org.customerhub.interaction.InteractionReport;
import org.customerhub.interaction.InteractionService;
import org.customerhub.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo silos' interactions: everyday stays, visits, purchases and gaming sessions (some long ago, so that the
 * lost-customer definition flags someone), and for customers known to two silos the conflicts the contact check
 * is for: an open cancellation at the spa while the hotel wants to upsell, an open complaint at the casino, an
 * open service case at the retail shop.
 */
@Singleton
class DemoInteractions {
    private static final Logger LOG = LoggerFactory.getLogger(DemoInteractions.class);
    private static final Map<String, String> EVERYDAY = Map.of("hotel", "stay", "spa", "spa_visit", "retail", "purchase", "casino", "gaming_session");
    private static final Map<String, String> SUMMARY = Map.of("stay", "2 nights, ocean view", "spa_visit", "hot stone massage",
            "purchase", "resort shop, 3 items", "gaming_session", "slots, 2 hours");
    private final InteractionService interactions;
    private int reported;

    DemoInteractions(InteractionService interactions) {
        this.interactions = interactions;
    }

    /** {@code keysByMaster}: each master's records as (source, source key), from the demo load. */
    void report(Map<String, List<String[]>> keysByMaster) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        reported = 0;
        int everyday = 0;
        List<List<String[]>> crossSilo = new ArrayList<>();
        for (List<String[]> records : keysByMaster.values()) {
            if (records.stream().map(r -> r[0]).distinct().count() > 1 && crossSilo.size() < 12) crossSilo.add(records);
            if (everyday >= 60) continue;
            String[] record = records.get(0);
            // every third customer was last seen two years ago: the lost-customer definition flags them
            int daysAgo = everyday % 3 == 0 ? 730 + everyday : 3 + everyday * 5;
            String kind = EVERYDAY.get(record[0]);
            send(record, "E" + everyday, kind, "completed", now.minus(daysAgo, ChronoUnit.DAYS), SUMMARY.get(kind));
            everyday++;
        }
        String[][] conflicts = {{"spa", "cancellation_request", "open", "asked to end the spa membership"},
                {"casino", "complaint", "open", "disputes a comp charge"}, {"retail", "service_case", "open", "gift card not activated"},
                {"spa", "cancellation_request", "completed", "membership ended"}};
        for (int i = 0; i < crossSilo.size(); i++) {
            String[] conflict = conflicts[i % conflicts.length];
            String[] own = crossSilo.get(i).stream().filter(r -> r[0].equals(conflict[0])).findFirst().orElse(null);
            String[] other = crossSilo.get(i).stream().filter(r -> !r[0].equals(conflict[0])).findFirst().orElseThrow();
            send(other, "C" + i, EVERYDAY.get(other[0]), "completed", now.minus(20 + i, ChronoUnit.DAYS), SUMMARY.get(EVERYDAY.get(other[0])));
            if (own != null) send(own, "X" + i, conflict[1], conflict[2], now.minus(2 + i, ChronoUnit.DAYS), conflict[3]);
        }
        LOG.info("demo interactions: {} reported, {} customers known to several silos have cross-silo activity", reported, crossSilo.size());
    }

    private void send(String[] record, String id, String kind, String status, Instant at, String summary) {
        reported++;
        interactions.record(Principal.source(record[0]), record[0], new InteractionReport("DEMO-" + record[0] + "-" + id, record[1], kind,
                status, at.toString(), null, summary));
    }
}
