package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Interactions reported by silos, the cross-silo timeline, and every answer of the contact check (seeded policy). */
@ExtendWith(TestHub.class)
class InteractionsTest {
    static Fixtures.Source hotel;
    static Fixtures.Source spa;
    static final Http STEWARD = Http.user("steward");

    @BeforeAll
    static void sources() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
    }

    record Guest(String key, String number) {
    }

    static Guest hotelGuest() {
        String key = Fixtures.key("HP-");
        Http.Answer pushed = hotel.http().put(hotel.records() + key, IngestAndMatchFlowTest.hotelGuest(key, Fixtures.uniqueName(), "Edda", null, null, null));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        return new Guest(key, pushed.json().get("customerNumber").asText());
    }

    static Guest spaClient() {
        String key = Fixtures.key("SPA-");
        Http.Answer pushed = spa.http().put(spa.records() + key, IngestAndMatchFlowTest.spaClient(key, "Ilse", Fixtures.uniqueName(), null, null, null));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        return new Guest(key, pushed.json().get("customerNumber").asText());
    }

    static Http.Answer report(Fixtures.Source source, String id, String key, String kind, String status, String at, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("sourceKey", key);
        body.put("kind", kind);
        body.put("status", status);
        body.put("occurredAt", at);
        if (summary != null) body.put("summary", summary);
        return source.http().post("/api/v1/sources/" + source.code() + "/interactions", body);
    }

    static Http.Answer check(Fixtures.Source source, String key, String purpose) {
        return source.http().post("/api/v1/contact-check", Map.of("sourceKey", key, "purpose", purpose));
    }

    static Guest mergedGuest(Guest fromHotel, Guest fromSpa) {
        Http.Answer merged = STEWARD.post("/api/v1/masters/" + fromSpa.number() + "/merge", Map.of("with", fromHotel.number(), "reason", "same guest"));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        return new Guest(fromHotel.key(), merged.json().get("customerNumber").asText());
    }

    @Test
    void aReportIsIdempotentByTheSourcesIdAndAChangedStatusUpdatesIt() {
        Guest guest = hotelGuest();
        String id = Fixtures.key("STAY-");
        Http.Answer created = report(hotel, id, guest.key(), "stay", "planned", "2026-12-20", "Suite 1204, anniversary");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("change").asText()).isEqualTo("CREATED");
        assertThat(created.json().get("customerNumber").asText()).isEqualTo(guest.number());

        Http.Answer again = report(hotel, id, guest.key(), "stay", "planned", "2026-12-20", "Suite 1204, anniversary");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("change").asText()).isEqualTo("UNCHANGED");
        Http.Answer changed = report(hotel, id, guest.key(), "stay", "cancelled", "2026-12-20", "Suite 1204, anniversary");
        assertThat(changed.json().get("change").asText()).isEqualTo("UPDATED");

        JsonNode timeline = STEWARD.get("/api/v1/masters/" + guest.number() + "/interactions").json();
        assertThat(timeline.get("total").asInt()).isEqualTo(1);
        assertThat(timeline.get("interactions").get(0).get("status").asText()).isEqualTo("cancelled");
        assertThat(timeline.get("interactions").get(0).get("summary").asText()).isEqualTo("Suite 1204, anniversary");
    }

    @Test
    void badReportsAreRefusedWithAProblemAndLeaveNothing() {
        Guest guest = hotelGuest();
        Map<String, Http.Answer> refused = new LinkedHashMap<>();
        refused.put("kind", report(hotel, "X-1", guest.key(), "sleepover", "open", "2026-05-01", null));
        refused.put("occurredAt", report(hotel, "X-2", guest.key(), "stay", "open", "01/05/2026", null));
        refused.put("status", report(hotel, "X-3", guest.key(), "stay", "pending", "2026-05-01", null));
        refused.put("sourceKey", report(hotel, "X-4", "HP-no-such-guest", "stay", "open", "2026-05-01", null));
        refused.forEach((field, answer) -> {
            assertThat(answer.status()).as(field + " " + answer).isEqualTo(422);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        });
        Map<String, Object> ok = Map.of("id", "X-5", "sourceKey", guest.key(), "kind", "stay", "status", "open", "occurredAt", "2026-05-01");
        assertThat(spa.http().post("/api/v1/sources/" + hotel.code() + "/interactions", ok).status()).isEqualTo(403);
        assertThat(Http.anonymous().post("/api/v1/sources/" + hotel.code() + "/interactions", ok).status()).isEqualTo(401);
        assertThat(STEWARD.post("/api/v1/sources/" + hotel.code() + "/interactions", ok).status()).isEqualTo(403);
        assertThat(hotel.http().post("/api/v1/sources/" + hotel.code() + "/interactions", "{\"id\": ").status()).isEqualTo(400);
        assertThat(STEWARD.get("/api/v1/masters/" + guest.number() + "/interactions").json().get("total").asInt()).isZero();
    }

    @Test
    void theTimelineFollowsMergesAndUnmergesAndShowsASourceOnlyTheOutlineOfOtherSilos() {
        Guest fromHotel = hotelGuest();
        Guest fromSpa = spaClient();
        report(hotel, Fixtures.key("STAY-"), fromHotel.key(), "stay", "completed", "2026-03-01", "room 12, minibar dispute");
        Guest merged = mergedGuest(fromHotel, fromSpa);
        report(spa, Fixtures.key("VISIT-"), fromSpa.key(), "spa_visit", "completed", "2026-04-02T15:00:00Z", "deep tissue massage");

        JsonNode all = STEWARD.get("/api/v1/masters/" + merged.number() + "/interactions").json();
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("top").get(0).get("kind").asText()).as("newest first").isEqualTo("spa_visit");
        assertThat(all.get("bySilo").get(spa.code()).asInt()).isEqualTo(1);
        assertThat(all.get("interactions").findValuesAsText("summary")).containsExactlyInAnyOrder("deep tissue massage", "room 12, minibar dispute");

        JsonNode asHotel = hotel.http().get("/api/v1/masters/" + merged.number() + "/interactions").json();
        JsonNode spaVisit = asHotel.get("interactions").get(0);
        assertThat(spaVisit.get("silo").asText()).isEqualTo(spa.code());
        assertThat(spaVisit.get("occurredAt").asText()).isEqualTo("2026-04-02T15:00:00Z");
        assertThat(spaVisit.has("summary") && !spaVisit.get("summary").isNull()).as("another silo's content stays hidden").isFalse();
        assertThat(spaVisit.path("sourceKey").isTextual()).isFalse();
        assertThat(asHotel.get("interactions").get(1).get("summary").asText()).isEqualTo("room 12, minibar dispute");
        assertThat(Http.user("committee").get("/api/v1/masters/" + merged.number() + "/interactions").status()).isEqualTo(403);
        WebSession.Page page = WebSession.logIn("steward").get("/ui/masters/" + merged.number());
        assertThat(page.textOf("top-interactions")).contains(spa.code(), "spa visit", "deep tissue massage", hotel.code(), "stay");

        Http.Answer unmerged = STEWARD.post("/api/v1/masters/" + merged.number() + "/unmerge",
                Map.of("records", List.of(Map.of("source", spa.code(), "sourceKey", fromSpa.key())), "reason", "two people"));
        assertThat(unmerged.status()).as(unmerged.toString()).isEqualTo(200);
        assertThat(STEWARD.get("/api/v1/masters/" + merged.number() + "/interactions").json().get("total").asInt()).isEqualTo(1);
        assertThat(STEWARD.get("/api/v1/masters/" + fromSpa.number() + "/interactions").json().get("interactions").findValuesAsText("kind")).containsExactly("spa_visit");
    }

    @Test
    void theContactCheckAllowsWarnsAndDeniesByTheOtherSilosOpenBusiness() {
        Guest merged = mergedGuest(hotelGuest(), spaClient());
        String spaKey = spaKeyOf(merged);

        JsonNode quiet = check(hotel, merged.key(), "upsell_offer").json();
        assertThat(quiet.get("outcome").asText()).as(quiet.toString()).isEqualTo("allow");
        assertThat(quiet.get("policy").asText()).isEqualTo("contact-policy v1");
        assertThat(quiet.get("customerNumber").asText()).isEqualTo(merged.number());

        report(spa, Fixtures.key("CASE-"), spaKey, "service_case", "open", "2026-11-30", "billing question about a voucher");
        JsonNode warned = check(hotel, merged.key(), "upsell_offer").json();
        assertThat(warned.get("outcome").asText()).as(warned.toString()).isEqualTo("warn");
        assertThat(warned.get("rule").asText()).isEqualTo("open service case in another silo");
        assertThat(warned.get("conflicts")).hasSize(1);
        assertThat(warned.get("conflicts").get(0).get("kind").asText()).isEqualTo("service_case");
        assertThat(warned.get("conflicts").get(0).path("summary").isTextual()).isFalse();

        report(spa, Fixtures.key("CANCEL-"), spaKey, "cancellation_request", "open", "2026-12-01T08:00:00Z", "wants to end the membership");
        JsonNode denied = check(hotel, merged.key(), "upsell_offer").json();
        assertThat(denied.get("outcome").asText()).as(denied.toString()).isEqualTo("deny");
        assertThat(denied.get("rule").asText()).isEqualTo("open cancellation in another silo");
        assertThat(denied.get("conflicts").get(0).get("kind").asText()).isEqualTo("cancellation_request");
        assertThat(denied.get("conflicts").get(0).get("silo").asText()).isEqualTo(spa.code());
        assertThat(denied.get("fired").findValuesAsText("rule")).contains("open cancellation in another silo", "open service case in another silo");

        assertThat(check(hotel, merged.key(), "service").json().get("outcome").asText()).as("service contact is not an offer").isEqualTo("allow");
        assertThat(check(spa, spaKey, "upsell_offer").json().get("outcome").asText()).as("the spa's own open business").isEqualTo("allow");
        JsonNode byNumber = hotel.http().post("/api/v1/contact-check", Map.of("customerNumber", merged.number(), "purpose", "marketing_offer")).json();
        assertThat(byNumber.get("outcome").asText()).isEqualTo("deny");
    }

    @Test
    void aContactCheckNeedsASourceARecordOrNumberAndAKnownPurpose() {
        Guest guest = hotelGuest();
        assertThat(check(hotel, guest.key(), "flyer").status()).isEqualTo(422);
        assertThat(check(hotel, guest.key(), "flyer").json().get("errors").get(0).get("field").asText()).isEqualTo("purpose");
        assertThat(hotel.http().post("/api/v1/contact-check", Map.of("sourceKey", guest.key(), "customerNumber", guest.number(),
                "purpose", "survey")).status()).isEqualTo(422);
        assertThat(hotel.http().post("/api/v1/contact-check", Map.of("purpose", "survey")).status()).isEqualTo(422);
        assertThat(check(hotel, "HP-nobody", "survey").status()).isEqualTo(404);
        assertThat(check(spa, guest.key(), "survey").status()).as("by its own keys only").isEqualTo(404);
        assertThat(STEWARD.post("/api/v1/contact-check", Map.of("customerNumber", guest.number(), "purpose", "survey")).status()).isEqualTo(403);
    }

    private static String spaKeyOf(Guest merged) {
        JsonNode view = STEWARD.get("/api/v1/masters/" + merged.number()).json();
        for (JsonNode x : view.get("sourceRecords")) if (x.get("source").asText().equals(spa.code())) return x.get("sourceKey").asText();
        throw new AssertionError("no spa record in " + view);
    }
}
