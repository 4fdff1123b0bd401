package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not-a-match between masters and between records (permanent until revoked; merges refused across them; a manual
 * merge that automatic matching never undoes), and households: people at one address are grouped, never merged.
 */
@ExtendWith(TestHub.class)
class NotAMatchAndHouseholdTest {
    static Fixtures.Source hotel;
    static Fixtures.Source spa;
    static final Http STEWARD = Http.user("steward");

    @BeforeAll
    static void registerSources() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
    }

    private static String guest(String key, String family, String given, String dob, String addressLine) {
        Map<String, Object> r = IngestAndMatchFlowTest.hotelGuest(key, family, given, dob, null, null);
        if (addressLine != null) r.put("ADDR_LINE1", addressLine);
        Http.Answer answer = hotel.http().put(hotel.records() + key, r);
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.json().get("customerNumber").asText();
    }

    private static String guest(String family, String given, String dob) {
        return guest(Fixtures.key("HP-"), family, given, dob, null);
    }

    @Test
    void mastersAssertedApartAreNotMergedUntilTheAssertionIsRevoked() {
        String a = guest(Fixtures.uniqueName(), "Ida", "01/02/1970");
        String b = guest(Fixtures.uniqueName(), "Ida", "01/02/1970");
        Http.Answer asserted = STEWARD.post("/api/v1/not-a-match", Map.of("masters", List.of(a, b), "reason", "different passports"));
        assertThat(asserted.status()).as(asserted.toString()).isEqualTo(201);
        assertThat(STEWARD.get("/api/v1/masters/" + a + "/not-a-match").json().get(0).get("between").toString()).contains(a, b);

        Http.Answer refused = STEWARD.post("/api/v1/masters/" + a + "/merge", Map.of("with", b, "reason", "try"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("revoke");

        Http.Answer revoked = STEWARD.post("/api/v1/not-a-match/revoke", Map.of("masters", List.of(b, a), "reason", "same passport after all"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(STEWARD.post("/api/v1/masters/" + a + "/merge", Map.of("with", b, "reason", "same")).status()).isEqualTo(200);
        assertThat(STEWARD.get("/api/v1/masters/" + a + "/history").json().findValuesAsText("kind"))
                .containsSubsequence("NOT_A_MATCH_ASSERTED", "NOT_A_MATCH_REVOKED", "MERGED");
        assertThat(STEWARD.post("/api/v1/not-a-match/revoke", Map.of("masters", List.of(a, b), "reason", "again")).status()).isIn(404, 409);
    }

    @Test
    void anApprovedReviewDoesNotMergeMastersAssertedApart() {
        long reviewId = Fixtures.spaReview(hotel, spa, null, null);
        JsonNode review = STEWARD.get("/api/v1/reviews/" + reviewId).json();
        String recordMaster = review.get("recordMaster").get("customerNumber").asText();
        String candidateMaster = review.get("candidateMaster").get("customerNumber").asText();
        assertThat(STEWARD.post("/api/v1/not-a-match", Map.of("masters", List.of(recordMaster, candidateMaster), "reason", "met both")).status()).isEqualTo(201);

        Http.Answer approved = STEWARD.post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(409);
        assertThat(STEWARD.get("/api/v1/reviews/" + reviewId).json().get("status").asText()).isEqualTo("OPEN");
        assertThat(STEWARD.get("/api/v1/masters/" + recordMaster).json().get("customerNumber").asText()).isEqualTo(recordMaster);

        assertThat(STEWARD.post("/api/v1/not-a-match/revoke", Map.of("masters", List.of(recordMaster, candidateMaster), "reason", "misread")).status()).isEqualTo(200);
        Http.Answer again = STEWARD.post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "APPROVE"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(STEWARD.get("/api/v1/masters/" + recordMaster).json().get("customerNumber").asText()).isEqualTo(candidateMaster);
    }

    @Test
    void recordsAssertedApartKeepTheirMastersApartAndBadAssertionsAreRefused() {
        String family = Fixtures.uniqueName();
        String keyA = Fixtures.key("HP-");
        String keyB = Fixtures.key("HP-");
        String a = guest(keyA, family, "Jon", "03/04/1980", null);
        String b = guest(keyB, Fixtures.uniqueName(), "Jon", "03/04/1980", null);
        List<Map<String, String>> pair = List.of(Map.of("source", hotel.code(), "sourceKey", keyA), Map.of("source", hotel.code(), "sourceKey", keyB));
        assertThat(STEWARD.post("/api/v1/not-a-match", Map.of("records", pair, "reason", "checked")).status()).isEqualTo(201);
        assertThat(STEWARD.post("/api/v1/masters/" + a + "/merge", Map.of("with", b)).status()).isEqualTo(409);
        assertThat(STEWARD.post("/api/v1/not-a-match/revoke", Map.of("records", pair, "reason", "mistake")).status()).isEqualTo(200);
        assertThat(STEWARD.post("/api/v1/masters/" + a + "/merge", Map.of("with", b)).status()).isEqualTo(200);

        // both records now on one master: asserting them apart is an unmerge, and is refused as a conflict
        assertThat(STEWARD.post("/api/v1/not-a-match", Map.of("records", pair, "reason", "x")).status()).isEqualTo(409);
        Http.Answer noReason = STEWARD.post("/api/v1/not-a-match", Map.of("masters", List.of(a, b)));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").toString()).contains("reason");
        assertThat(STEWARD.post("/api/v1/not-a-match", Map.of("masters", List.of(a), "reason", "x")).json().get("errors").get(0).get("field").asText()).isEqualTo("masters");
        assertThat(STEWARD.post("/api/v1/not-a-match", Map.of("masters", List.of(a, a), "reason", "x")).status()).isEqualTo(409);
        assertThat(Http.user("committee").post("/api/v1/not-a-match", Map.of("masters", List.of(a, b), "reason", "x")).status()).isEqualTo(403);
    }

    @Test
    void aManualMergeIsNotUndoneByLaterRecordsOrChanges() {
        String family = Fixtures.uniqueName();
        String keyA = Fixtures.key("HP-");
        String keyB = Fixtures.key("HP-");
        String a = guest(keyA, family, "Vera", "05/06/1975", null);
        String b = guest(keyB, Fixtures.uniqueName(), "Vera", "05/06/1975", null);
        assertThat(STEWARD.post("/api/v1/masters/" + a + "/merge", Map.of("with", b, "reason", "married name")).status()).isEqualTo(200);
        // the absorbed record changes so that it no longer looks like the survivor's: it stays where the steward put it
        guest(keyB, Fixtures.uniqueName(), "Veronika", "05/06/1975", "1 Elsewhere St");
        assertThat(hotel.http().get("/api/v1/xref/" + hotel.code() + "/" + keyB).json().get("customerNumber").asText()).isEqualTo(a);
        assertThat(STEWARD.get("/api/v1/masters/" + b).json().get("customerNumber").asText()).isEqualTo(a);
    }

    @Test
    void peopleAtOneAddressShareAHouseholdButStayDistinctCustomers() {
        String family = Fixtures.uniqueName();
        String address = "12 " + Fixtures.uniqueName() + " Ave";
        String father = guest(Fixtures.key("HP-"), family, "Anton", "04/01/1950", address);
        String son = guest(Fixtures.key("HP-"), family, "Anton", "09/12/1982", address);
        String twinA = guest(Fixtures.key("HP-"), family, "Lena", "07/07/1990", address);
        String twinB = guest(Fixtures.key("HP-"), family, "Marta", "07/07/1990", address);
        String spouse = guest(Fixtures.key("HP-"), Fixtures.uniqueName(), "Maren", "02/02/1952", address);
        String neighbour = guest(Fixtures.key("HP-"), family, "Otto", "03/03/1960", "14 " + address.substring(3));
        Set<String> people = new HashSet<>(List.of(father, son, twinA, twinB, spouse));
        assertThat(people).as("twins, spouses, parent and child are distinct customers: " + List.of(father, son, twinA, twinB, spouse)).hasSize(5);

        JsonNode fatherView = STEWARD.get("/api/v1/masters/" + father).json();
        String household = fatherView.get("household").asText();
        assertThat(household).matches("H\\d{7}-\\d");
        JsonNode members = STEWARD.get("/api/v1/households/" + household).json().get("members");
        assertThat(members.findValuesAsText("customerNumber")).containsExactlyInAnyOrderElementsOf(people);
        assertThat(STEWARD.get("/api/v1/masters/" + neighbour).json().has("household")).isFalse();

        // the son moves out: the household keeps its number for those who stay
        String sonKey = STEWARD.get("/api/v1/masters/" + son).json().get("sourceRecords").get(0).get("sourceKey").asText();
        guest(sonKey, family, "Anton", "09/12/1982", "99 Flamingo Rd");
        assertThat(STEWARD.get("/api/v1/masters/" + son).json().has("household")).isFalse();
        assertThat(STEWARD.get("/api/v1/households/" + household).json().get("members").findValuesAsText("customerNumber"))
                .hasSize(4).doesNotContain(son);

        assertThat(STEWARD.get("/api/v1/households/H0000000-0").status()).isIn(404, 422);
        assertThat(STEWARD.get("/api/v1/households/nonsense").status()).isEqualTo(422);
        assertThat(hotel.http().get("/api/v1/households/" + household).status()).isEqualTo(403);
    }
}
