package org.customerhub.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's charts and figures follow the work: open reviews per source, decisions of the day. */
@ExtendWith(TestHub.class)
class DashboardTest {

    @Test
    void theDashboardCountsASourcesSuspectsAndTodaysDecisions() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source spa = Fixtures.source("spa");
        Fixtures.spaReview(hotel, spa, null, null);
        long rejected = Fixtures.spaReview(hotel, spa, null, null);
        assertThat(Http.user("steward").post("/api/v1/reviews/" + rejected + "/decision", Map.of("decision", "REJECT")).status()).isEqualTo(200);
        WebSession steward = WebSession.logIn("steward");

        WebSession.Page page = steward.get("/ui/dashboard");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"chart-age\"", "id=\"chart-decisions\"", "id=\"chart-outcomes\"", "id=\"chart-suspects\"", "<svg");
        assertThat(page.html()).as("one review of the spa source still open").contains("<tr data-source=\"" + spa.code() + "\">");
        assertThat(page.textOf("suspects")).contains(spa.code() + " 1");
        String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("MM-dd"));
        assertThat(page.html()).containsPattern("<title>" + today + ", not a match: [1-9]");
        assertThat(page.html()).containsPattern("<title>review: [0-9.]+ %</title>");
        assertThat(Long.parseLong(page.textOf("open-total"))).isPositive();

        assertThat(WebSession.logIn("admin").get("/ui/dashboard").status()).isEqualTo(200);
        assertThat(WebSession.logIn("committee").get("/ui/dashboard").status()).isEqualTo(403);
    }
}
