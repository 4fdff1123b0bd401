package org.customerhub.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The review page tells the first review from the four-eyes second approval, and both are decided there. */
@ExtendWith(TestHub.class)
class ReviewPageTest {

    /**
     * A casino player sharing a hotel guest's family name and phone but not the given name, city or postcode: a
     * low-band pair from the casino, which the routing table sends to two approvers.
     */
    static long fourEyesReview() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source casino = Fixtures.namedSource("casino");
        String family = Fixtures.uniqueName();
        String phone = Fixtures.phone();
        String hotelKey = Fixtures.key("HP-");
        String playerKey = Fixtures.key("PL");
        hotel.http().put(hotel.records() + hotelKey, IngestAndMatchFlowTest.hotelGuest(hotelKey, family, "Edda", null, phone, null));
        Map<String, Object> player = new LinkedHashMap<>();
        player.put("player_id", playerKey);
        player.put("fname", "Bruno");
        player.put("lname", family);
        player.put("city", "Henderson");
        player.put("zip5", "89002");
        player.put("cell", phone);
        Http.Answer answer = casino.http().put(casino.records() + playerKey, player);
        assertThat(answer.json().get("outcome").asText()).as(answer.toString()).isEqualTo("REVIEW");
        assertThat(answer.json().get("matchProbability").asDouble()).as(answer.toString()).isLessThan(0.8);
        return answer.json().get("reviewId").asLong();
    }

    @Test
    void aFourEyesReviewShowsItsFirstApproverAndNeedsAnotherSteward() {
        long reviewId = fourEyesReview();
        WebSession steward = WebSession.logIn("steward");

        WebSession.Page first = steward.get("/ui/reviews/" + reviewId);
        assertThat(first.textOf("task-kind")).isEqualTo("First review of two (four eyes: a second steward approves after you)");
        assertThat(first.textOf("task-queue")).isEqualTo("standard");
        assertThat(first.textOf("task-assignee")).isEqualTo("nobody (unassigned)");
        assertThat(steward.post("/ui/reviews/" + reviewId + "/claim", Map.of()).status()).isEqualTo(303);
        assertThat(steward.get("/ui/reviews/" + reviewId).textOf("task-assignee")).isEqualTo("steward");

        WebSession.Page approved = steward.post("/ui/reviews/" + reviewId + "/decision", Map.of("decision", "APPROVE", "comment", ""));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(303);
        assertThat(WebSession.decode(approved.location())).contains("needs a second steward's approval");

        WebSession.Page second = steward.get("/ui/reviews/" + reviewId);
        assertThat(second.textOf("task-kind")).isEqualTo("Second approval (four eyes): first approved by steward");
        assertThat(second.textOf("task-assignee")).isEqualTo("nobody (unassigned)");
        assertThat(second.textOf("four-eyes")).contains("another steward");
        assertThat(second.html()).doesNotContain("id=\"approve\"");
        WebSession.Page ownClaim = steward.post("/ui/reviews/" + reviewId + "/claim", Map.of());
        assertThat(ownClaim.status()).isEqualTo(403);
        assertThat(ownClaim.html()).contains("first approved by steward");
        assertThat(steward.get("/ui/inbox?source=casino&type=second").listsReview(reviewId)).isTrue();
        assertThat(steward.get("/ui/inbox?source=casino&type=review").listsReview(reviewId)).isFalse();

        WebSession lead = WebSession.logIn("lead");
        WebSession.Page forLead = lead.get("/ui/reviews/" + reviewId);
        assertThat(forLead.html()).contains("id=\"approve\"").doesNotContain("id=\"four-eyes\"");
        WebSession.Page merged = lead.post("/ui/reviews/" + reviewId + "/decision", Map.of("decision", "APPROVE", "comment", "checked"));
        assertThat(WebSession.decode(merged.location())).contains("Review " + reviewId + " approved: records merged into");
        WebSession.Page after = lead.get("/ui/reviews/" + reviewId);
        assertThat(after.textOf("status")).isEqualTo("APPROVED");
        assertThat(after.html()).doesNotContain("id=\"task-info\"");
    }

    @Test
    void aSingleApproverReviewSaysSoAndIsDecidedOnThePage() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        WebSession steward = WebSession.logIn("steward");
        WebSession.Page page = steward.get("/ui/reviews/" + reviewId);
        assertThat(page.textOf("task-kind")).isEqualTo("Review");
        assertThat(page.textOf("task-queue")).isEqualTo("standard");
        WebSession.Page rejected = steward.post("/ui/reviews/" + reviewId + "/decision", Map.of("decision", "REJECT", "comment", "twins"));
        assertThat(WebSession.decode(rejected.location())).contains("Review " + reviewId + " rejected");
        assertThat(steward.get("/ui/reviews/" + reviewId).textOf("status")).isEqualTo("REJECTED");
    }
}
