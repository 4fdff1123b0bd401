package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of all records of a review's customers with the merge preview, and deferring a review. */
@ExtendWith(TestHub.class)
class ReviewWorkTest {

    private static long recordIdOf(String customerNumber, String sourceKey) {
        for (JsonNode x : Http.user("steward").get("/api/v1/masters/" + customerNumber).json().get("sourceRecords")) {
            if (x.get("sourceKey").asText().equals(sourceKey)) return x.get("recordId").asLong();
        }
        throw new AssertionError("no record " + sourceKey + " in " + customerNumber);
    }

    @Test
    void theReviewShowsTheGoldenRecordAMergeWouldGiveAndComparesAllRecordsOfBothCustomers() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source spa = Fixtures.source("spa");
        String family = Fixtures.uniqueName();
        String hotelKey = Fixtures.key("HP-");
        String secondHotelKey = Fixtures.key("HP-");
        String spaKey = Fixtures.key("SPA-");
        String phone = Fixtures.phone();
        String number = hotel.http().put(hotel.records() + hotelKey,
                IngestAndMatchFlowTest.hotelGuest(hotelKey, family, "Edda", "03/04/1961", phone, null)).json().get("customerNumber").asText();
        Http.Answer linked = hotel.http().put(hotel.records() + secondHotelKey,
                IngestAndMatchFlowTest.hotelGuest(secondHotelKey, family, "Edda", "03/04/1961", phone, "edda@example.org"));
        assertThat(linked.json().get("customerNumber").asText()).as(linked.toString()).isEqualTo(number);
        Http.Answer review = spa.http().put(spa.records() + spaKey, IngestAndMatchFlowTest.spaClient(spaKey, "Edda", family, null, null, null));
        assertThat(review.json().get("outcome").asText()).as(review.toString()).isEqualTo("REVIEW");
        long reviewId = review.json().get("reviewId").asLong();
        WebSession steward = WebSession.logIn("steward");

        WebSession.Page page = steward.get("/ui/reviews/" + reviewId);
        assertThat(page.textOf("merge-preview")).contains(family, "1961-03-04", "edda@example.org", hotel.code());
        assertThat(page.html()).contains("href=\"/ui/compare?review=" + reviewId + "\"");

        WebSession.Page all = steward.get("/ui/compare?review=" + reviewId);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.textOf("records")).contains(spaKey, hotelKey, secondHotelKey);
        assertThat(all.html()).contains("id=\"approve\"", "id=\"defer-form\"", "id=\"merge-preview\"", "id=\"explanation\"");
        assertThat(all.html()).as("the e-mail only one record has").contains("<tr class=\"missing\">");

        long first = recordIdOf(number, hotelKey);
        long second = recordIdOf(number, secondHotelKey);
        WebSession.Page chosen = steward.get("/ui/compare?records=" + first + "," + second);
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.html()).contains("data-record=\"" + first + "\"", "data-record=\"" + second + "\"").doesNotContain("id=\"approve\"");
        assertThat(steward.get("/ui/compare?records=" + first).status()).isEqualTo(422);
        assertThat(steward.get("/ui/compare?records=" + first + ",x").status()).isEqualTo(422);
        assertThat(steward.get("/ui/compare?records=1,2,3,4,5,6").status()).isEqualTo(422);
        assertThat(steward.get("/ui/compare?records=" + first + ",999999999").status()).isEqualTo(404);
        assertThat(WebSession.logIn("committee").get("/ui/compare?review=" + reviewId).status()).isEqualTo(403);
    }

    @Test
    void aDeferredReviewLeavesTheDueInboxUntilItsFollowUpDateAndIsAudited() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        WebSession steward = WebSession.logIn("steward");
        String inbox = "/ui/inbox?source=" + spa.code();
        assertThat(steward.get(inbox).listsReview(reviewId)).isTrue();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String defer = "/ui/reviews/" + reviewId + "/defer";

        steward.get("/ui/reviews/" + reviewId);
        assertThat(steward.post(defer, Map.of("until", tomorrow, "comment", "")).status()).isEqualTo(422);
        WebSession.Page past = steward.post(defer, Map.of("until", "2020-01-01", "comment", "waiting"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.html()).contains("must be after now");
        assertThat(steward.post(defer, Map.of("until", "", "comment", "waiting")).status()).as("neither date nor queue").isEqualTo(422);
        assertThat(steward.post(defer, Map.of("until", "soon", "comment", "waiting")).status()).isEqualTo(422);

        WebSession.Page deferred = steward.post(defer, Map.of("until", tomorrow, "comment", "asked the spa for the birth date"));
        assertThat(deferred.status()).as(deferred.toString()).isEqualTo(303);
        assertThat(WebSession.decode(deferred.location())).contains("Review " + reviewId + " deferred until " + tomorrow);
        assertThat(steward.get(inbox).listsReview(reviewId)).isFalse();
        WebSession.Page waiting = steward.get(inbox + "&tab=deferred");
        assertThat(waiting.listsReview(reviewId)).isTrue();
        assertThat(waiting.html()).contains("deferred until " + tomorrow);
        assertThat(steward.get("/ui/reviews/" + reviewId).textOf("deferral"))
                .isEqualTo("Deferred by steward until " + tomorrow + " 00:00 UTC: asked the spa for the birth date");
        assertThat(WebSession.logIn("admin").get("/ui/audit?action=REVIEW_DEFERRED").html()).contains("review:" + reviewId);
    }

    @Test
    void aClaimedReviewGoesBackToTheQueueWhenDeferredSoAndOnlyItsHolderOrALeadMayDeferIt() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        WebSession lead = WebSession.logIn("lead");
        lead.get("/ui/inbox");
        assertThat(lead.post("/ui/reviews/" + reviewId + "/claim", Map.of()).status()).isEqualTo(303);
        WebSession steward = WebSession.logIn("steward");
        steward.get("/ui/inbox");
        assertThat(steward.post("/ui/reviews/" + reviewId + "/defer", Map.of("release", "true", "comment", "not mine")).status())
                .isEqualTo(403);

        WebSession.Page back = lead.post("/ui/reviews/" + reviewId + "/defer", Map.of("release", "true", "comment", "on leave"));
        assertThat(back.status()).isEqualTo(303);
        assertThat(steward.get("/ui/inbox?tab=unassigned&source=" + spa.code()).listsReview(reviewId)).isTrue();

        Http.Answer api = Http.user("steward").post("/api/v1/reviews/" + reviewId + "/defer",
                Map.of("until", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "comment", "waiting for the spa"));
        assertThat(api.status()).as(api.toString()).isEqualTo(200);
        assertThat(Http.user("steward").post("/api/v1/reviews/" + reviewId + "/defer", Map.of("comment", "x", "until", 5)).status())
                .isEqualTo(422);
    }
}
