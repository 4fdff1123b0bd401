package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Survivorship as configured in config/ (hub.survivorship), steward overrides, lineage and the point-in-time view,
 * over the API.
 */
@ExtendWith(TestHub.class)
class GoldenRecordTest {
    static Fixtures.Source hotel;
    static Fixtures.Source spa;
    static final Http STEWARD = Http.user("steward");

    @BeforeAll
    static void registerSources() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
    }

    /** One guest: a hotel record and a spa record of the same person, on one master (merged if not linked). */
    record Guest(String number, String family, String hotelKey, String spaKey) {
        JsonNode view() {
            return STEWARD.get("/api/v1/masters/" + number).json();
        }

        String golden(String attribute) {
            JsonNode v = view().get("golden").get(attribute);
            return v == null ? null : v.get("value").asText();
        }
    }

    static Map<String, Object> spaAt(String key, String given, String family, String street, String houseNo, String email) {
        Map<String, Object> r = new LinkedHashMap<>(IngestAndMatchFlowTest.spaClient(key, given, family, "1979-06-15", null, email));
        r.put("street", street);
        r.put("house_no", houseNo);
        r.put("postal_code", "89109");
        return r;
    }

    static Guest guest() {
        String family = Fixtures.uniqueName();
        String email = family.toLowerCase() + "@example.org";
        String hotelKey = Fixtures.key("HP-");
        String spaKey = Fixtures.key("SPA-");
        String number = hotel.http().put(hotel.records() + hotelKey, IngestAndMatchFlowTest.hotelGuest(hotelKey, family, "Margarete", "06/15/1979", null, email))
                .json().get("customerNumber").asText();
        String spaNumber = spa.http().put(spa.records() + spaKey, spaAt(spaKey, "Margarete", family, "Koval Ln", "55", email))
                .json().get("customerNumber").asText();
        if (!spaNumber.equals(number)) {
            Http.Answer merged = STEWARD.post("/api/v1/masters/" + number + "/merge", Map.of("with", spaNumber, "reason", "same guest"));
            assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        }
        return new Guest(number, family, hotelKey, spaKey);
    }

    @Test
    void theAddressComesWholeFromTheMostRecentSourceAndNamesTheMoreTrustedSource() {
        Guest g = guest();
        JsonNode golden = g.view().get("golden");
        // the spa record came last: its address wins as a whole, without the hotel's region or country mixed in
        assertThat(golden.get("street").get("value").asText()).isEqualTo("Koval Ln");
        assertThat(golden.get("street").get("source").asText()).isEqualTo(spa.code());
        assertThat(golden.get("street").get("rule").asText()).isEqualTo("most-recent");
        assertThat(golden.get("postcode").get("value").asText()).isEqualTo("89109");
        assertThat(golden.has("region")).isFalse();
        // both say Margarete: the more trusted hotel's record is the lineage
        assertThat(golden.get("given_name").get("source").asText()).isEqualTo(hotel.code());
        assertThat(golden.get("given_name").get("rule").asText()).isEqualTo("only value");
        assertThat(golden.get("given_name").get("sourceKey").asText()).isEqualTo(g.hotelKey());
    }

    @Test
    void aVerifiedAddressBeatsANewerOneUntilTheRecordChangesIt() {
        Guest g = guest();
        Http.Answer verified = STEWARD.post("/api/v1/masters/" + g.number() + "/golden/address/verify",
                Map.of("record", Map.of("source", hotel.code(), "sourceKey", g.hotelKey()), "reason", "guest confirmed at check-in"));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("golden").get("street").get("value").asText()).isEqualTo("Paradise Rd");
        assertThat(verified.json().get("golden").get("street").get("rule").asText()).isEqualTo("validated");
        assertThat(verified.json().get("golden").get("region").get("value").asText()).isEqualTo("NV");

        // the spa sends a newer address: the verified one stays
        Http.Answer moved = spa.http().put(spa.records() + g.spaKey(), spaAt(g.spaKey(), "Margarete", g.family(), "Tropicana Ave", "9", g.family().toLowerCase() + "@example.org"));
        assertThat(moved.json().get("status").asText()).isEqualTo("UPDATED");
        assertThat(g.golden("street")).isEqualTo("Paradise Rd");

        // the guest moves and the hotel sends the new address: the verification was of the old one, so it lapses
        Map<String, Object> movedGuest = IngestAndMatchFlowTest.hotelGuest(g.hotelKey(), g.family(), "Margarete", "06/15/1979", null, g.family().toLowerCase() + "@example.org");
        movedGuest.put("ADDR_LINE1", "77 Sahara Ave");
        hotel.http().put(hotel.records() + g.hotelKey(), movedGuest);
        JsonNode street = g.view().get("golden").get("street");
        assertThat(street.get("value").asText()).isEqualTo("Sahara Ave");
        assertThat(street.get("rule").asText()).isEqualTo("most-recent");
        assertThat(STEWARD.get("/api/v1/masters/" + g.number() + "/history").json().findValuesAsText("kind")).contains("VALUE_VERIFIED");
    }

    @Test
    void aPinnedValueStaysThroughNewRecordsChangesAndMergesUntilUnpinned() {
        Guest g = guest();
        Http.Answer pinned = STEWARD.post("/api/v1/masters/" + g.number() + "/golden/email/pin",
                Map.of("value", "  Margarete.Private@Example.ORG ", "reason", "guest asked to be mailed privately"));
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        JsonNode email = pinned.json().get("golden").get("email");
        assertThat(email.get("value").asText()).isEqualTo("margarete.private@example.org");
        assertThat(email.get("rule").asText()).isEqualTo("steward override");
        assertThat(email.get("source").asText()).isEqualTo("steward");
        assertThat(pinned.json().get("overrides").get(0).get("by").asText()).isEqualTo("steward");

        // the hotel changes its record, and another master is merged in: the pin holds
        hotel.http().put(hotel.records() + g.hotelKey(), IngestAndMatchFlowTest.hotelGuest(g.hotelKey(), g.family(), "Margarete", "06/15/1979", null, "new@example.org"));
        Guest other = guest();
        assertThat(STEWARD.post("/api/v1/masters/" + g.number() + "/merge", Map.of("with", other.number(), "reason", "test")).status()).isEqualTo(200);
        assertThat(g.golden("email")).isEqualTo("margarete.private@example.org");

        Http.Answer unpinned = STEWARD.post("/api/v1/masters/" + g.number() + "/golden/email/unpin", Map.of("reason", "guest withdrew the request"));
        assertThat(unpinned.status()).as(unpinned.toString()).isEqualTo(200);
        assertThat(unpinned.json().get("golden").get("email").get("rule").asText()).isNotEqualTo("steward override");
        assertThat(unpinned.json().path("overrides")).isEmpty();
        assertThat(STEWARD.get("/api/v1/masters/" + g.number() + "/history").json().findValuesAsText("kind"))
                .containsSubsequence("VALUE_PINNED", "MERGED", "VALUE_UNPINNED");
        assertThat(STEWARD.post("/api/v1/masters/" + g.number() + "/golden/email/unpin", Map.of("reason", "again")).status()).isEqualTo(404);
        WebSession admin = WebSession.logIn("admin");
        assertThat(admin.get("/ui/audit?action=GOLDEN_VALUE_PINNED").html()).contains("master:" + g.number(), "guest asked to be mailed privately");
        assertThat(admin.get("/ui/audit?action=GOLDEN_VALUE_UNPINNED").html()).contains("master:" + g.number());
    }

    @Test
    void theAddressIsPinnedFromOneRecordAndOneOfItsAttributesCanBePinnedAlone() {
        Guest g = guest();
        Http.Answer pinned = STEWARD.post("/api/v1/masters/" + g.number() + "/golden/address/pin",
                Map.of("record", Map.of("source", hotel.code(), "sourceKey", g.hotelKey()), "reason", "billing address"));
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        assertThat(pinned.json().get("golden").get("street").get("sourceKey").asText()).isEqualTo(g.hotelKey());
        assertThat(pinned.json().get("golden").get("city").get("rule").asText()).isEqualTo("steward override");
        Http.Answer city = STEWARD.post("/api/v1/masters/" + g.number() + "/golden/city/pin", Map.of("value", "north las vegas", "reason", "typo in both"));
        assertThat(city.json().get("golden").get("city").get("value").asText()).isEqualTo("North Las Vegas");
        assertThat(city.json().get("golden").get("street").get("value").asText()).isEqualTo("Paradise Rd");
    }

    @Test
    void badOverridesAreRefusedWithAProblemNamingTheField() {
        Guest g = guest();
        String base = "/api/v1/masters/" + g.number() + "/golden/";
        Http.Answer unknown = STEWARD.post(base + "shoe_size/pin", Map.of("value", "9", "reason", "r"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("attribute");
        assertThat(STEWARD.post(base + "phone/pin", Map.of("value", "call me", "reason", "r")).json().get("errors").get(0).get("field").asText()).isEqualTo("value");
        assertThat(STEWARD.post(base + "email/pin", Map.of("value", "a@b.example")).json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(STEWARD.post(base + "address/pin", Map.of("value", "somewhere", "reason", "r")).status()).isEqualTo(422);
        assertThat(STEWARD.post(base + "email/pin", "application/json", "{\"value\": ").status()).isEqualTo(400);
        assertThat(Http.user("committee").post(base + "email/pin", Map.of("value", "a@b.example", "reason", "r")).status()).isEqualTo(403);
        assertThat(hotel.http().post(base + "email/pin", Map.of("value", "a@b.example", "reason", "r")).status()).isEqualTo(403);
        assertThat(STEWARD.post("/api/v1/masters/C0000000-1/golden/email/pin", Map.of("value", "a@b.example", "reason", "r")).status()).isEqualTo(422);
        assertThat(g.view().path("overrides")).isEmpty();
    }

    @Test
    void aPointInTimeViewShowsTheMasterAsItWasThen() throws InterruptedException {
        String family = Fixtures.uniqueName();
        String hotelKey = Fixtures.key("HP-");
        String number = hotel.http().put(hotel.records() + hotelKey, IngestAndMatchFlowTest.hotelGuest(hotelKey, family, "Ottilie", "02/03/1961", null, null))
                .json().get("customerNumber").asText();
        Thread.sleep(20);
        Instant beforePin = Instant.now();
        Thread.sleep(20);
        STEWARD.post("/api/v1/masters/" + number + "/golden/given_name/pin", Map.of("value", "Tilly", "reason", "known as"));

        JsonNode then = STEWARD.get("/api/v1/masters/" + number + "?at=" + beforePin).json();
        assertThat(then.get("golden").get("given_name").get("value").asText()).isEqualTo("Ottilie");
        assertThat(then.get("asOf").asText()).isEqualTo(beforePin.toString());
        assertThat(then.get("sourceRecords").get(0).get("canonical").get("family_name").asText()).isEqualTo(family);
        assertThat(STEWARD.get("/api/v1/masters/" + number).json().get("golden").get("given_name").get("value").asText()).isEqualTo("Tilly");
        assertThat(STEWARD.get("/api/v1/masters/" + number + "?at=" + Instant.now()).json().get("golden").get("given_name").get("value").asText()).isEqualTo("Tilly");

        Http.Answer beforeCreation = STEWARD.get("/api/v1/masters/" + number + "?at=2000-01-01T00:00:00Z");
        assertThat(beforeCreation.status()).isEqualTo(404);
        Http.Answer malformed = STEWARD.get("/api/v1/masters/" + number + "?at=yesterday");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("at");
    }
}
