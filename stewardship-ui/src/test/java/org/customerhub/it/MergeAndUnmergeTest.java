package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Manual merge and exact unmerge over the API: merge then unmerge gives back the same masters. */
@ExtendWith(TestHub.class)
class MergeAndUnmergeTest {
    static Fixtures.Source hotel;
    static Fixtures.Source spa;
    static final Http STEWARD = Http.user("steward");

    @BeforeAll
    static void registerSources() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
    }

    /** A person with one to three source records, all linked to one master (distinct phones keep people apart). */
    private static Person person(Random random) {
        String family = Fixtures.uniqueName();
        String given = Fixtures.uniqueName();
        String dob = String.format("%02d/%02d/%d", 1 + random.nextInt(12), 1 + random.nextInt(28), 1940 + random.nextInt(60));
        String iso = dob.substring(6) + "-" + dob.substring(0, 2) + "-" + dob.substring(3, 5);
        String email = given.toLowerCase() + "." + family.toLowerCase() + "@example.com";
        List<String[]> keys = new ArrayList<>();
        String hotelKey = Fixtures.key("HP-");
        String number = hotel.http().put(hotel.records() + hotelKey, IngestAndMatchFlowTest.hotelGuest(hotelKey, family, given, dob, null, email))
                .json().get("customerNumber").asText();
        keys.add(new String[]{hotel.code(), hotelKey});
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            String spaKey = Fixtures.key("SPA-");
            Http.Answer linked = spa.http().put(spa.records() + spaKey, IngestAndMatchFlowTest.spaClient(spaKey, given, family, iso, null, email));
            assertThat(linked.json().get("customerNumber").asText()).as(linked.toString()).isEqualTo(number);
            keys.add(new String[]{spa.code(), spaKey});
        }
        return new Person(number, keys);
    }

    record Person(String number, List<String[]> keys) {
        JsonNode view() {
            return STEWARD.get("/api/v1/masters/" + number).json();
        }
    }

    /** What must come back exactly: number, golden values with lineage, cross-references, overrides and household. */
    private static String essence(JsonNode master) {
        return master.get("customerNumber").asText() + master.get("golden").toString() + master.get("sourceRecords").findValuesAsText("recordId")
                + master.path("overrides").toString() + master.path("household").asText();
    }

    @Test
    void mergeThenUnmergeRestoresTheFormerMastersExactly() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Person older = person(random);
            Person newer = person(random);
            String olderBefore = essence(older.view());
            String newerBefore = essence(newer.view());

            Http.Answer merged = STEWARD.post("/api/v1/masters/" + newer.number() + "/merge", Map.of("with", older.number(), "reason", "same guest"));
            assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
            assertThat(merged.json().get("customerNumber").asText()).isEqualTo(older.number());
            assertThat(merged.json().get("sourceRecords")).hasSize(older.keys().size() + newer.keys().size());
            assertThat(newer.view().get("customerNumber").asText()).isEqualTo(older.number());

            List<Map<String, String>> leaving = newer.keys().stream().map(k -> Map.of("source", k[0], "sourceKey", k[1])).toList();
            Http.Answer unmerged = STEWARD.post("/api/v1/masters/" + older.number() + "/unmerge", Map.of("records", leaving, "reason", "two people"));
            assertThat(unmerged.status()).as(unmerged.toString()).isEqualTo(200);
            assertThat(unmerged.json().get("restoredOrNew").get(0).asText()).isEqualTo(newer.number());

            assertThat(essence(older.view())).isEqualTo(olderBefore);
            assertThat(essence(newer.view())).isEqualTo(newerBefore);
            assertThat(STEWARD.get("/api/v1/masters/" + newer.number() + "/history").json().findValuesAsText("kind"))
                    .containsSubsequence("CREATED", "MERGED_INTO", "RESTORED");
        }
    }

    /**
     * The same with steward pins on both sides and each master in a household: the survivor carries both masters'
     * pins (its own win where both pinned the same attribute) while merged, and each gets its own back.
     */
    @Test
    void mergeThenUnmergeRestoresPinsAndHouseholdsExactly() {
        Random random = new Random(13);
        for (int round = 0; round < 3; round++) {
            Person older = person(random);
            Person newer = person(random);
            String housemateKey = Fixtures.key("HP-");
            // someone living at the newer person's hotel address: their household must survive the round trip
            String newerHotelKey = newer.keys().get(0)[1];
            hotel.http().put(hotel.records() + housemateKey, IngestAndMatchFlowTest.hotelGuest(newerHotelKey, Fixtures.uniqueName(), "Housemate", "01/01/1950", null, null));
            pin(older, "given_name", "Olderpin");
            pin(newer, "given_name", "Newerpin");
            pin(newer, "email", "newer.pinned@example.com");
            assertThat(newer.view().path("household").asText()).as("the newer person shares a household").isNotEmpty();
            String olderBefore = essence(older.view());
            String newerBefore = essence(newer.view());

            Http.Answer merged = STEWARD.post("/api/v1/masters/" + newer.number() + "/merge", Map.of("with", older.number(), "reason", "same guest"));
            assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
            assertThat(merged.json().get("golden").get("given_name").get("value").asText()).isEqualTo("Olderpin");
            assertThat(merged.json().get("golden").get("email").get("value").asText()).isEqualTo("newer.pinned@example.com");

            List<Map<String, String>> leaving = newer.keys().stream().map(k -> Map.of("source", k[0], "sourceKey", k[1])).toList();
            assertThat(STEWARD.post("/api/v1/masters/" + older.number() + "/unmerge", Map.of("records", leaving, "reason", "two people")).status()).isEqualTo(200);
            assertThat(essence(older.view())).isEqualTo(olderBefore);
            assertThat(essence(newer.view())).isEqualTo(newerBefore);
        }
    }

    @Test
    void oneMergeOfTheHistoryIsUndoneByItsEventAndOnlyOnce() {
        Random random = new Random(17);
        Person older = person(random);
        Person newer = person(random);
        String newerBefore = essence(newer.view());
        assertThat(STEWARD.post("/api/v1/masters/" + newer.number() + "/merge", Map.of("with", older.number(), "reason", "same guest")).status()).isEqualTo(200);
        JsonNode merge = null;
        for (JsonNode e : STEWARD.get("/api/v1/masters/" + older.number() + "/history").json()) if (e.get("kind").asText().equals("MERGED")) merge = e;
        assertThat(merge).isNotNull();
        String undo = "/api/v1/masters/" + older.number() + "/merges/" + merge.get("id").asLong() + "/undo";

        Http.Answer undone = STEWARD.post(undo, Map.of("reason", "two guests"));
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("restoredOrNew").get(0).asText()).isEqualTo(newer.number());
        assertThat(essence(newer.view())).isEqualTo(newerBefore);
        assertThat(STEWARD.post(undo, Map.of("reason", "again")).status()).isEqualTo(409);
        assertThat(STEWARD.post("/api/v1/masters/" + older.number() + "/merges/1/undo", Map.of()).status()).isEqualTo(404);
        assertThat(Http.user("committee").post(undo, Map.of()).status()).isEqualTo(403);
    }

    private static void pin(Person p, String attribute, String value) {
        Http.Answer pinned = STEWARD.post("/api/v1/masters/" + p.number() + "/golden/" + attribute + "/pin", Map.of("value", value, "reason", "test"));
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
    }

    @Test
    void unmergeRefusesRecordsOfOtherMastersAndEmptyingTheMaster() {
        Random random = new Random(11);
        Person a = person(random);
        Person b = person(random);
        List<Map<String, String>> all = a.keys().stream().map(k -> Map.of("source", k[0], "sourceKey", k[1])).toList();
        Http.Answer emptying = STEWARD.post("/api/v1/masters/" + a.number() + "/unmerge", Map.of("records", all));
        assertThat(emptying.status()).isEqualTo(422);
        Http.Answer foreign = STEWARD.post("/api/v1/masters/" + a.number() + "/unmerge",
                Map.of("records", List.of(Map.of("source", b.keys().get(0)[0], "sourceKey", b.keys().get(0)[1]))));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asText()).isEqualTo("records");
        assertThat(Http.user("committee").post("/api/v1/masters/" + a.number() + "/merge", Map.of("with", b.number())).status()).isEqualTo(403);
        assertThat(a.view().get("customerNumber").asText()).isEqualTo(a.number());
    }
}
