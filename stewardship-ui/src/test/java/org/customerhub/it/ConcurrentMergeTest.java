package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic locking on masters: merges sent in parallel that touch the same masters lose no update. Every record
 * ends on the one surviving master, every number resolves to it, and its golden record is computed from all of
 * them (the most recent record's values win, so a golden record computed from a stale set would show).
 */
@ExtendWith(TestHub.class)
class ConcurrentMergeTest {
    static Fixtures.Source hotel;
    static final Http STEWARD = Http.user("steward");

    @BeforeAll
    static void registerSource() {
        hotel = Fixtures.source("hotel");
    }

    record Master(String number, String key, String family) {
    }

    private static List<Master> masters(int n) {
        List<Master> masters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = Fixtures.key("HP-");
            String family = Fixtures.uniqueName();
            // a given name of its own too: with one given name and birth date for all, two random family names that
            // happen to sound alike made one person of two masters (of this test or the one before)
            String number = hotel.http().put(hotel.records() + key, IngestAndMatchFlowTest.hotelGuest(key, family, Fixtures.uniqueName(), "12/01/1944", null, null))
                    .json().get("customerNumber").asText();
            masters.add(new Master(number, key, family));
        }
        assertThat(masters.stream().map(Master::number).distinct()).hasSize(n);
        return masters;
    }

    /** Sends the merges at the same moment; a 409 (still contended after the hub's own retries) is sent again. */
    private static void mergeInParallel(List<String[]> pairs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(pairs.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (String[] pair : pairs) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return STEWARD.post("/api/v1/masters/" + pair[0] + "/merge", Map.of("with", pair[1], "reason", "parallel"));
                }));
            }
            start.countDown();
            for (int i = 0; i < pairs.size(); i++) {
                Http.Answer answer = answers.get(i).get();
                for (int retry = 0; answer.status() == 409 && retry < 5; retry++) {
                    answer = STEWARD.post("/api/v1/masters/" + pairs.get(i)[0] + "/merge", Map.of("with", pairs.get(i)[1], "reason", "parallel, again"));
                }
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneMasterHoldsAll(List<Master> all) {
        String survivor = all.get(0).number();
        JsonNode view = STEWARD.get("/api/v1/masters/" + survivor).json();
        assertThat(view.get("customerNumber").asText()).isEqualTo(survivor);
        assertThat(view.get("sourceRecords").findValuesAsText("sourceKey")).containsExactlyInAnyOrderElementsOf(all.stream().map(Master::key).toList());
        for (Master m : all) assertThat(STEWARD.get("/api/v1/masters/" + m.number()).json().get("customerNumber").asText()).isEqualTo(survivor);
        Master newest = all.get(all.size() - 1);
        assertThat(view.get("golden").get("family_name").get("value").asText()).isEqualTo(newest.family());
        assertThat(view.get("mergedNumbers")).hasSize(all.size() - 1);
    }

    @Test
    void parallelMergesIntoOneMasterLoseNoRecord() throws Exception {
        List<Master> all = masters(7);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) pairs.add(new String[]{all.get(i).number(), all.get(0).number()});
        mergeInParallel(pairs);
        assertOneMasterHoldsAll(all);
        assertThat(STEWARD.get("/api/v1/masters/" + all.get(0).number() + "/history").json().findValuesAsText("kind").stream()
                .filter("MERGED"::equals)).as("one merge event per merge, none lost").hasSize(all.size() - 1);
    }

    @Test
    void parallelMergesAlongAChainEndOnOneActiveMaster() throws Exception {
        List<Master> all = masters(7);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < all.size(); i++) pairs.add(new String[]{all.get(i).number(), all.get(i + 1).number()});
        mergeInParallel(pairs);
        assertOneMasterHoldsAll(all);
    }
}
