package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.customerhub.common.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot a master event records is the master as it is right after the change: a new master, a record
 * linked to it, a second master at the same address forming a household, whether pushed one by one or in bulk.
 * Mastering builds these snapshots from what it has just computed instead of reading the master again, so the
 * point-in-time view of "now" must equal the master read now.
 */
@ExtendWith(TestHub.class)
class MasterSnapshotTest {
    static Fixtures.Source hotel;
    static final Http STEWARD = Http.user("steward");

    @BeforeAll
    static void registerSources() {
        hotel = Fixtures.source("hotel");
    }

    @Test
    void oneByOneEachChangeRecordsTheMasterAsItIsThen() {
        Household h = household();
        String lena = put(h.lena());
        String anton = put(h.anton());
        assertThat(put(h.antonAgain())).as("the second record of Anton joins his master").isEqualTo(anton);
        assertSnapshots(anton, lena);
    }

    @Test
    void inBulkEachChangeRecordsTheMasterAsItIsThen() {
        Household h = household();
        JsonNode results = hotel.http().post(hotel.records() + "bulk", "application/x-ndjson",
                String.join("\n", line(h.lena()), line(h.anton()), line(h.antonAgain()))).json().get("results");
        List<String> numbers = new ArrayList<>();
        results.forEach(r -> numbers.add(r.get("customerNumber").asText()));
        assertThat(numbers.get(2)).as("the second record of Anton joins his master: " + results).isEqualTo(numbers.get(1));
        assertSnapshots(numbers.get(1), numbers.get(0));
    }

    /** Lena first, alone at her address; then Anton, whose master forms the household; then Anton again. */
    private record Household(Map<String, Object> lena, Map<String, Object> anton, Map<String, Object> antonAgain) {
    }

    private static Household household() {
        String family = Fixtures.uniqueName();
        String address = "7 " + Fixtures.uniqueName() + " Ave";
        return new Household(guest(family, "Lena", "07/07/1990", address), guest(family, "Anton", "04/01/1950", address),
                guest(family, "Anton", "04/01/1950", address));
    }

    private static Map<String, Object> guest(String family, String given, String dob, String address) {
        String key = Fixtures.key("HP-");
        Map<String, Object> r = IngestAndMatchFlowTest.hotelGuest(key, family, given, dob, null, family.toLowerCase() + "." + given.toLowerCase() + "@example.org");
        r.put("ADDR_LINE1", address);
        return r;
    }

    private static String put(Map<String, Object> guest) {
        Http.Answer answer = hotel.http().put(hotel.records() + guest.get("PROFILE_ID"), guest);
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.json().get("customerNumber").asText();
    }

    private static String line(Map<String, Object> guest) {
        return Json.write(Map.of("key", guest.get("PROFILE_ID"), "record", guest));
    }

    /**
     * Anton's master changed last of all (its household formed with his master's creation, the link came after), so
     * its last snapshot is all of it as it is now; Lena's household changed after her master's only event, the
     * rest of her snapshot is her master now.
     */
    private static void assertSnapshots(String anton, String lena) {
        Instant now = Instant.now();
        JsonNode antonNow = comparable(STEWARD.get("/api/v1/masters/" + anton).json());
        JsonNode antonThen = comparable(STEWARD.get("/api/v1/masters/" + anton + "?at=" + now).json());
        assertThat(antonNow.get("household").asText()).as("Anton and Lena form a household").matches("H\\d{7}-\\d");
        assertThat(antonNow.get("sourceRecords")).hasSize(2);
        assertThat(antonNow.get("version").asLong()).as("changed more than once").isPositive();
        assertThat(antonThen).isEqualTo(antonNow);

        ObjectNode lenaNow = comparable(STEWARD.get("/api/v1/masters/" + lena).json());
        ObjectNode lenaThen = comparable(STEWARD.get("/api/v1/masters/" + lena + "?at=" + now).json());
        assertThat(lenaNow.get("household").asText()).isEqualTo(antonNow.get("household").asText());
        assertThat(lenaThen.has("household")).as("alone at the address when her master was made").isFalse();
        lenaNow.remove("household");
        assertThat(lenaThen).isEqualTo(lenaNow);
    }

    /** The view without what differs by design between a point-in-time view and the master now: times asked and kept. */
    private static ObjectNode comparable(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove(List.of("updatedAt", "asOf"));
        copy.get("sourceRecords").forEach(x -> ((ObjectNode) x).remove("updatedAt"));
        return copy;
    }
}
