package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New and lost customers by the approved definitions (the seeded version 1, then a version 2 the committee
 * approves after its impact preview). This class owns the lost-customer key of the shared hub.
 */
@ExtendWith(TestHub.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlaggingTest {
    private static final String LOST_V2 = """
            # lost: 24 months without a visit, or cancelled (completed or still open)
            (not first_seen_at within 24 months
               and not exists(kind in ("stay", "spa_visit", "purchase", "gaming_session") and at within 24 months))
            or exists(kind = "cancellation_request" and (status = "completed" or status = "open"))
            """;
    static Fixtures.Source hotel;
    static InteractionsTest.Guest cancelled;
    static InteractionsTest.Guest fresh;
    static InteractionsTest.Guest lapsed;
    static InteractionsTest.Guest leaving;

    @BeforeAll
    static void guests() {
        hotel = Fixtures.source("hotel");
        InteractionsTest.hotel = hotel;
        cancelled = InteractionsTest.hotelGuest();
        fresh = InteractionsTest.hotelGuest();
        lapsed = InteractionsTest.hotelGuest();
        leaving = InteractionsTest.hotelGuest();
    }

    @Test
    @Order(1)
    void aCompletedCancellationFlagsTheMasterLostAsSoonAsItIsReported() {
        assertThat(flagged("lost")).doesNotContain(cancelled.number());
        InteractionsTest.report(hotel, Fixtures.key("CANCEL-"), cancelled.key(), "cancellation_request", "completed", "2026-11-02", null);

        assertThat(flagged("lost")).contains(cancelled.number());
        JsonNode page = Http.user("steward").get("/api/v1/masters?flag=lost&size=500").json();
        JsonNode entry = find(page, cancelled.number());
        assertThat(entry.get("definition").asText()).isEqualTo("lost-customer v1");
    }

    @Test
    @Order(2)
    void aStayOlderThan18MonthsAndNothingSinceIsLostAndAFirstRecordIsNewAfterAPass() {
        InteractionsTest.report(hotel, Fixtures.key("STAY-"), lapsed.key(), "stay", "completed", "2025-03-01", "two nights");
        assertThat(flagged("lost")).contains(lapsed.number());

        assertThat(Http.user("steward").post("/api/v1/masters/flags/evaluate", Map.of()).status()).isEqualTo(403);
        Http.Answer pass = Http.user("admin").post("/api/v1/masters/flags/evaluate", Map.of());
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        assertThat(pass.json().get("rules").get("new").asText()).isEqualTo("new-customer v1");
        assertThat(flagged("new")).contains(fresh.number(), cancelled.number()).doesNotContain(lapsed.number());
        assertThat(flagged("lost")).doesNotContain(fresh.number());
    }

    @Test
    @Order(3)
    void aProposedVersionShowsHowManyMastersWouldChangeFlagBeforeItIsApproved() {
        InteractionsTest.report(hotel, Fixtures.key("CANCEL-"), leaving.key(), "cancellation_request", "open", "2026-11-20", null);
        Http.Answer revised = Http.user("committee").put("/api/v1/definitions/lost-customer", Map.of("body", LOST_V2,
                "description", "Lost: 24 months without a visit, or a cancellation, open or completed"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        int version = revised.json().get("version").asInt();

        JsonNode impact = Http.user("committee2").get("/api/v1/definitions/lost-customer/versions/" + version + "/impact").json();
        assertThat(impact.get("flag").asText()).as(impact.toString()).isEqualTo("lost");
        assertThat(impact.get("inForceVersion").asInt()).isEqualTo(1);
        assertThat(impact.get("gained").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(impact.get("lost").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(texts(impact.get("gainedExamples"))).contains(leaving.number());
        assertThat(texts(impact.get("lostExamples"))).contains(lapsed.number()).doesNotContain(cancelled.number());
        assertThat(impact.get("flaggedAfter").asLong()).isEqualTo(impact.get("flaggedNow").asLong() + impact.get("gained").asLong() - impact.get("lost").asLong());
        assertThat(impact.get("mastersEvaluated").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(flagged("lost")).as("a preview writes nothing").contains(lapsed.number()).doesNotContain(leaving.number());

        WebSession.Page page = WebSession.logIn("committee3").get("/ui/governance/definitions/lost-customer/versions/" + version + "/impact");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.textOf("lost")).isEqualTo(impact.get("lost").asText());
        // the committee sees the numbers; only stewards, who may open master pages, get them as links
        assertThat(page.html()).contains(leaving.number()).doesNotContain("/ui/masters/" + leaving.number());

        Http.Answer noPreview = Http.user("committee").get("/api/v1/definitions/contact-policy/versions/1/impact");
        assertThat(noPreview.status()).isEqualTo(409);
        assertThat(Http.user("committee").get("/api/v1/definitions/lost-customer/versions/99/impact").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void onceApprovedTheNewVersionFlagsAndUnflags() {
        int version = Http.user("committee").get("/api/v1/definitions/lost-customer").json().get("versions").get(0).get("version").asInt();
        assertThat(Http.user("committee").post("/api/v1/definitions/lost-customer/versions/" + version + "/proposal", Map.of()).status()).isEqualTo(202);
        Http.user("committee2").post("/api/v1/definitions/lost-customer/versions/" + version + "/votes", Map.of("vote", "APPROVE", "comment", "previewed"));
        Http.Answer approved = Http.user("chair").post("/api/v1/definitions/lost-customer/versions/" + version + "/votes", Map.of("vote", "APPROVE"));
        assertThat(approved.json().get("status").asText()).as(approved.toString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("inForce").asBoolean()).isTrue();

        Http.Answer pass = Http.user("admin").post("/api/v1/masters/flags/evaluate", Map.of());
        assertThat(pass.json().get("rules").get("lost").asText()).isEqualTo("lost-customer v" + version);
        assertThat(flagged("lost")).contains(leaving.number(), cancelled.number()).doesNotContain(lapsed.number());
        assertThat(find(Http.user("committee").get("/api/v1/masters?flag=lost&size=500").json(), leaving.number()).get("definition").asText())
                .isEqualTo("lost-customer v" + version);
        assertThat(WebSession.logIn("steward").get("/ui/masters/" + leaving.number()).textOf("flags")).contains("lost customer (lost-customer v" + version + ")");
        JsonNode history = Http.user("committee").get("/api/v1/definitions/lost-customer").json();
        assertThat(history.get("versions").get(history.get("versions").size() - 1).get("status").asText()).as("v1 superseded").isEqualTo("DEPRECATED");
    }

    @Test
    @Order(5)
    void theListingIsPagedAndChecksItsParameters() {
        JsonNode first = Http.user("steward").get("/api/v1/masters?flag=new&size=1&page=0").json();
        assertThat(first.get("masters")).hasSize(1);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode second = Http.user("steward").get("/api/v1/masters?flag=new&size=1&page=1").json();
        assertThat(second.get("masters").get(0).get("customerNumber").asText()).isNotEqualTo(first.get("masters").get(0).get("customerNumber").asText());
        assertThat(Http.user("steward").get("/api/v1/masters?flag=vip").status()).isEqualTo(422);
        assertThat(Http.user("steward").get("/api/v1/masters?flag=new&size=0").status()).isEqualTo(422);
        assertThat(hotel.http().get("/api/v1/masters?flag=new").status()).isEqualTo(403);
    }

    private static List<String> flagged(String flag) {
        Http.Answer page = Http.user("steward").get("/api/v1/masters?flag=" + flag + "&size=500");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return texts(page.json().path("masters").findValues("customerNumber"));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> out = new java.util.ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode find(JsonNode page, String number) {
        for (JsonNode m : page.get("masters")) if (m.get("customerNumber").asText().equals(number)) return m;
        throw new AssertionError(number + " not in " + page);
    }
}
