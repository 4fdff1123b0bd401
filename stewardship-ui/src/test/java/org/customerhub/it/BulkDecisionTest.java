package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several reviews decided together: shown first with what will happen to each, then decided one by one; a review
 * that cannot be decided is reported with the reason, never silently skipped.
 */
@ExtendWith(TestHub.class)
class BulkDecisionTest {

    private static Map<String, String> selection(String decision, long... reviewIds) {
        Map<String, String> form = new HashMap<>();
        form.put("decision", decision);
        form.put("comment", "household members, checked");
        for (long id : reviewIds) form.put("review-" + id, "on");
        return form;
    }

    @Test
    void aStewardConfirmsAndEveryReviewIsDecidedOrReportedWithItsReason() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source spa = Fixtures.source("spa");
        long first = Fixtures.spaReview(hotel, spa, null, null);
        long second = Fixtures.spaReview(hotel, spa, null, null);
        long claimed = Fixtures.spaReview(hotel, spa, null, null);
        WebSession lead = WebSession.logIn("lead");
        lead.get("/ui/inbox");
        assertThat(lead.post("/ui/reviews/" + claimed + "/claim", Map.of()).status()).isEqualTo(303);

        WebSession steward = WebSession.logIn("steward");
        WebSession.Page inbox = steward.get("/ui/inbox?source=" + spa.code());
        assertThat(inbox.html()).contains("name=\"review-" + first + "\"", "id=\"bulk-form\"");

        WebSession.Page confirm = steward.post("/ui/inbox/bulk", selection("REJECT", first, second, claimed));
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(200);
        assertThat(confirm.textOf("selection")).contains("#" + first, "#" + second, "Not decided: claimed by lead");
        assertThat(confirm.html()).contains("id=\"confirm\"");
        assertThat(Http.user("steward").get("/api/v1/reviews/" + first).json().get("status").asText())
                .as("nothing is decided before the confirmation").isEqualTo("OPEN");

        WebSession.Page done = steward.post("/ui/inbox/bulk/confirm", selection("REJECT", first, second, claimed));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.textOf("outcomes")).contains("Not decided: claimed by lead");
        assertThat(done.html()).contains("data-review=\"" + first + "\" data-result=\"REJECTED\"",
                "data-review=\"" + second + "\" data-result=\"REJECTED\"", "data-review=\"" + claimed + "\" data-result=\"REFUSED\"");
        assertThat(Http.user("steward").get("/api/v1/reviews/" + second).json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(Http.user("steward").get("/api/v1/reviews/" + claimed).json().get("status").asText()).isEqualTo("OPEN");

        WebSession.Page audit = WebSession.logIn("admin").get("/ui/audit?action=REVIEW_REJECTED&actor=steward");
        assertThat(audit.html()).contains("review:" + first, "review:" + second);
        assertThat(steward.post("/ui/inbox/bulk", selection("REJECT")).status()).as("nothing selected").isEqualTo(422);
        assertThat(steward.post("/ui/inbox/bulk", selection("MAYBE", first)).status()).isEqualTo(422);
        assertThat(steward.postRaw("/ui/inbox/bulk", selection("REJECT", claimed)).status()).as("without the form's token").isEqualTo(403);
    }

    @Test
    void theApiDecidesTogetherAndRefusesTasksOfDifferentKinds() {
        Fixtures.Source spa = Fixtures.source("spa");
        long review = Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        long fourEyes = ReviewPageTest.fourEyesReview();
        assertThat(Http.user("steward").post("/api/v1/reviews/" + fourEyes + "/decision", Map.of("decision", "APPROVE")).status())
                .isEqualTo(200);

        Http.Answer mixed = Http.user("lead").post("/api/v1/reviews/bulk-decision", Map.of("reviews", List.of(review, fourEyes),
                "decision", "APPROVE"));
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(422);
        assertThat(mixed.json().get("detail").asText()).contains("one kind");

        Http.Answer ownSecond = Http.user("steward").post("/api/v1/reviews/bulk-decision", Map.of("reviews", List.of(fourEyes),
                "decision", "APPROVE"));
        assertThat(ownSecond.status()).isEqualTo(200);
        JsonNode refused = ownSecond.json().get("results").get(0);
        assertThat(refused.get("result").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("reason").asText()).contains("first approval");

        Http.Answer approved = Http.user("steward").post("/api/v1/reviews/bulk-decision", Map.of("reviews", List.of(review),
                "decision", "APPROVE", "comment", "same guest"));
        assertThat(approved.json().get("results").get(0).get("result").asText()).isEqualTo("APPROVED");
        assertThat(Http.user("steward").post("/api/v1/reviews/bulk-decision", Map.of("reviews", List.of("x"), "decision", "APPROVE"))
                .status()).isEqualTo(422);
        assertThat(Http.user("committee").post("/api/v1/reviews/bulk-decision", Map.of("reviews", List.of(review), "decision", "APPROVE"))
                .status()).isEqualTo(403);
    }
}
