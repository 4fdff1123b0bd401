package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The walking skeleton end to end over HTTP: a real Elasticsearch node, the real Camunda engine, H2. */
@ExtendWith(TestHub.class)
class IngestAndMatchFlowTest {
    static Fixtures.Source hotel;
    static Fixtures.Source spa;

    @BeforeAll
    static void registerSources() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
    }

    static Map<String, Object> hotelGuest(String key, String family, String given, String dob, String phone, String email) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("PROFILE_ID", key);
        r.put("GUEST_NAME", family + ", " + given);
        if (dob != null) r.put("DOB", dob);
        // a house number of its own, so that records of different tests share no address
        r.put("ADDR_LINE1", (1000 + Math.floorMod(key.hashCode(), 8000)) + " Paradise Rd");
        r.put("CITY", "Las Vegas");
        r.put("STATE", "NV");
        r.put("ZIP", "89169");
        r.put("COUNTRY", "US");
        if (phone != null) r.put("PHONE", phone);
        if (email != null) r.put("EMAIL", email);
        return r;
    }

    static Map<String, Object> spaClient(String key, String given, String family, String birthday, String mobile, String email) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("client_no", key);
        r.put("first_name", given);
        r.put("last_name", family);
        if (birthday != null) r.put("birthday", birthday);
        if (mobile != null) r.put("mobile", mobile);
        if (email != null) r.put("e_mail", email);
        r.put("town", "Las Vegas");
        return r;
    }

    @Test
    void theSameContentTwiceMakesNoNewVersion() {
        String family = Fixtures.uniqueName();
        String key = Fixtures.key("HP-");
        Map<String, Object> guest = hotelGuest(key, family, "Theodora", "03/14/1985", "(702) 555-0134", family.toLowerCase() + "@example.com");

        Http.Answer first = hotel.http().put(hotel.records() + key, guest);
        Http.Answer second = hotel.http().put(hotel.records() + key, guest);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("outcome").asText()).isEqualTo("NEW_MASTER");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("status").asText()).isEqualTo("UNCHANGED");
        assertThat(second.json().get("recordVersion").asInt()).isEqualTo(1);
        assertThat(second.json().get("customerNumber").asText()).isEqualTo(first.json().get("customerNumber").asText());

        guest.put("EMAIL", "new." + family.toLowerCase() + "@example.com");
        Http.Answer changed = hotel.http().put(hotel.records() + key, guest);
        assertThat(changed.json().get("status").asText()).isEqualTo("UPDATED");
        assertThat(changed.json().get("recordVersion").asInt()).isEqualTo(2);

        JsonNode stored = hotel.http().get(hotel.records() + key).json();
        assertThat(stored.get("versions")).hasSize(2);
        assertThat(stored.get("raw").get("GUEST_NAME").asText()).isEqualTo(family + ", Theodora");
        assertThat(stored.get("canonical").get("phone").asText()).isEqualTo("+17025550134");
        assertThat(stored.get("canonical").get("date_of_birth").asText()).isEqualTo("1985-03-14");
    }

    @Test
    void aDuplicateFromAnotherSiloIsLinkedToTheSameMaster() {
        String family = Fixtures.uniqueName();
        String email = "anna." + family.toLowerCase() + "@example.com";
        String hotelKey = Fixtures.key("HP-");
        String spaKey = Fixtures.key("SPA/2024/");
        Http.Answer inHotel = hotel.http().put(hotel.records() + hotelKey,
                hotelGuest(hotelKey, family.toUpperCase(), "ANNA M.", "03/14/1985", "(702) 555-0177", email));
        Http.Answer inSpa = spa.http().put(spa.records() + Http.encode(spaKey),
                spaClient(spaKey, "Anna", family, "1985-03-14", "+1 702-555-0177", email.toUpperCase()));

        assertThat(inSpa.status()).as(inSpa.toString()).isEqualTo(201);
        assertThat(inSpa.json().get("outcome").asText()).isEqualTo("AUTO_LINK");
        String number = inHotel.json().get("customerNumber").asText();
        assertThat(inSpa.json().get("customerNumber").asText()).isEqualTo(number);
        assertThat(inSpa.json().get("explanation").get("contributions").toString()).contains("date_of_birth", "email");

        JsonNode master = Http.user("steward").get("/api/v1/masters/" + number).json();
        assertThat(master.get("sourceRecords")).hasSize(2);
        assertThat(master.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(master.get("golden").get("family_name").get("value").asText()).isEqualTo(family);
        // the hotel is the more trusted source, so its value wins and the lineage says so
        assertThat(master.get("golden").get("given_name").get("source").asText()).isEqualTo(hotel.code());

        JsonNode xref = spa.http().get("/api/v1/xref/" + spa.code() + "/" + Http.encode(spaKey)).json();
        assertThat(xref.get("customerNumber").asText()).isEqualTo(number);

        // a source sees the golden values, but of the other silos neither records, keys nor compared values
        assertThat(xref.get("sourceRecords")).hasSize(1);
        assertThat(xref.get("sourceRecords").get(0).get("source").asText()).isEqualTo(spa.code());
        assertThat(xref.get("golden").toString()).doesNotContain(hotelKey).contains(family);
        assertThat(spa.http().get("/api/v1/masters/" + number).json().get("sourceRecords").toString()).doesNotContain(hotelKey);
        assertThat(spa.http().get("/api/v1/xref/" + hotel.code() + "/" + hotelKey).status()).isEqualTo(403);
        assertThat(inSpa.json().get("explanation").toString()).contains("date_of_birth").doesNotContain(family.toLowerCase());
    }

    @Test
    void approvingAReviewMergesTheMastersAndTheAbsorbedNumberStillResolves() {
        String family = Fixtures.uniqueName();
        String hotelKey = Fixtures.key("HP-");
        String spaKey = Fixtures.key("SPA/2024/");
        Http.Answer older = hotel.http().put(hotel.records() + hotelKey, hotelGuest(hotelKey, family, "Marta", null, null, null));
        Http.Answer newer = spa.http().put(spa.records() + Http.encode(spaKey), spaClient(spaKey, "Marta", family, null, null, null));

        assertThat(newer.json().get("outcome").asText()).as(newer.toString()).isEqualTo("REVIEW");
        long reviewId = newer.json().get("reviewId").asLong();
        String survivor = older.json().get("customerNumber").asText();
        String absorbed = newer.json().get("customerNumber").asText();
        assertThat(absorbed).isNotEqualTo(survivor);

        Http steward = Http.user("steward");
        assertThat(steward.get("/api/v1/reviews?max=500").json().get("tasks").findValuesAsText("reviewId")).contains(String.valueOf(reviewId));
        JsonNode detail = steward.get("/api/v1/reviews/" + reviewId).json();
        assertThat(detail.get("score").get("contributions").findValuesAsText("attribute")).contains("family_name", "given_name");

        Http.Answer decided = steward.post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "APPROVE", "comment", "same guest"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.json().get("decidedBy").asText()).isEqualTo("steward");

        JsonNode viaOldNumber = steward.get("/api/v1/masters/" + absorbed).json();
        assertThat(viaOldNumber.get("customerNumber").asText()).isEqualTo(survivor);
        assertThat(viaOldNumber.get("sourceRecords")).hasSize(2);
        assertThat(viaOldNumber.get("mergedNumbers").toString()).contains(absorbed);
        assertThat(steward.get("/api/v1/masters/" + survivor + "/history").json().findValuesAsText("kind")).contains("MERGED");

        Http.Answer again = steward.post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "REJECT"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void rejectingRecordsNotAMatchAndTheRecordIsNotProposedAgain() {
        String family = Fixtures.uniqueName();
        String hotelKey = Fixtures.key("HP-");
        String spaKey = Fixtures.key("SPA/2024/");
        Http.Answer first = hotel.http().put(hotel.records() + hotelKey, hotelGuest(hotelKey, family, "Jonas", null, null, null));
        Map<String, Object> other = spaClient(spaKey, "Jonas", family, null, null, null);
        Http.Answer second = spa.http().put(spa.records() + Http.encode(spaKey), other);
        long reviewId = second.json().get("reviewId").asLong();

        Http.Answer decided = Http.user("steward").post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "REJECT"));
        assertThat(decided.json().get("status").asText()).as(decided.toString()).isEqualTo("REJECTED");

        // a third record of the same person as the second must not be chained to the first through it either
        String thirdKey = Fixtures.key("SPA/2024/");
        Http.Answer third = spa.http().put(spa.records() + Http.encode(thirdKey), spaClient(thirdKey, "Jonas", family, null, null, null));
        assertThat(third.json().get("customerNumber").asText()).isNotEqualTo(first.json().get("customerNumber").asText());

        other.put("e_mail", "jonas@" + family.toLowerCase() + ".example");
        Http.Answer updated = spa.http().put(spa.records() + Http.encode(spaKey), other);
        assertThat(updated.json().get("outcome").asText()).isEqualTo("LINKED");
        assertThat(updated.json().path("reviewId").isMissingNode()).isTrue();
        assertThat(updated.json().get("customerNumber").asText()).isEqualTo(second.json().get("customerNumber").asText());
    }

    @Test
    void searchBeforeCreateRanksMastersWithExplanationsAndWritesNothing() {
        String family = Fixtures.uniqueName();
        String key = Fixtures.key("HP-");
        String number = hotel.http().put(hotel.records() + key,
                hotelGuest(key, family, "Lena", "07/01/1990", "(702) 555-0188", null)).json().get("customerNumber").asText();
        String askedKey = Fixtures.key("SPA/2024/");

        Http.Answer answer = spa.http().post("/api/v1/match", Map.of("record",
                spaClient(askedKey, "Lena", family, "1990-07-01", "702.555.0188", null)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode best = answer.json().get("candidates").get(0);
        assertThat(best.get("customerNumber").asText()).isEqualTo(number);
        assertThat(best.get("probability").asDouble()).isGreaterThan(0.99);
        assertThat(best.get("explanation").get("contributions").findValuesAsText("attribute")).contains("date_of_birth", "phone");
        assertThat(answer.json().get("outcomeIfCreated").asText()).isEqualTo("AUTO_LINK");
        assertThat(spa.http().get(spa.records() + Http.encode(askedKey)).status()).isEqualTo(404);
    }

    @Test
    void bulkNdjsonReportsEachLineAndIsIdempotent() {
        String family = Fixtures.uniqueName();
        String a = Fixtures.key("HP-");
        String b = Fixtures.key("HP-");
        String c = Fixtures.key("HP-");
        String ndjson = String.join("\n",
                line(a, hotelGuest(a, family, "Olga", "01/02/1970", null, null)),
                "{\"key\": \"broken\", \"record\": ",
                line(b, Map.of("PROFILE_ID", b, "GUEST_NAME", family + ", Ivan", "DOB", "1970-02-01")),
                line(c, hotelGuest(c, Fixtures.uniqueName(), "Pia", null, null, null)));

        JsonNode first = hotel.http().post(hotel.records() + "bulk", "application/x-ndjson", ndjson).json();
        assertThat(first.get("counts").get("CREATED").asInt()).isEqualTo(2);
        assertThat(first.get("counts").get("REJECTED").asInt()).isEqualTo(2);
        assertThat(first.get("results").get(1).get("problem").get("status").asInt()).isEqualTo(400);
        assertThat(first.get("results").get(2).get("problem").get("errors").get(0).get("field").asText()).isEqualTo("DOB");

        JsonNode again = hotel.http().post(hotel.records() + "bulk", "application/x-ndjson", ndjson).json();
        assertThat(again.get("counts").get("UNCHANGED").asInt()).isEqualTo(2);
        assertThat(again.get("counts").has("CREATED")).isFalse();
    }

    private static String line(String key, Map<String, Object> record) {
        try {
            return Http.JSON.writeValueAsString(Map.of("key", key, "record", record));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
