package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cleansing pages without a browser: bulk acceptance with its confirmation step, the jobs page (started by a
 * steward lead, watched by stewards), the data-quality charts, and what each role may see and do.
 */
@ExtendWith(TestHub.class)
class CleansingPagesTest {

    @Test
    void aLeadStartsAJobFromItsPageAndAStewardAcceptsItsEmailsInBulkAfterConfirming() throws InterruptedException {
        Fixtures.Source silo = Fixtures.source("hotel");
        String[] numbers = new String[2];
        for (int i = 0; i < 2; i++) {
            numbers[i] = CleansingApiTest.guest(silo, Fixtures.key("HP-"), (300 + i) + " Paradise Rd", "NV", "89169",
                    Fixtures.uniqueName().toLowerCase() + "@gmial.com");
        }
        WebSession lead = WebSession.logIn("lead");
        assertThat(lead.get("/ui/cleansing/jobs").html()).contains("id=\"start-form\"");
        WebSession.Page started = lead.post("/ui/cleansing/jobs", Map.of("source", silo.code()));
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        String notice = WebSession.decode(started.location());
        assertThat(notice).contains("started: 2 records");
        long job = Long.parseLong(notice.replaceAll(".*Job (\\d+) started.*", "$1"));
        CleansingApiTest.waitUntilDone(job);
        assertThat(lead.get("/ui/cleansing/jobs").html()).contains("data-job=\"" + job + "\"", "2 of 2");

        WebSession steward = WebSession.logIn("steward");
        WebSession.Page inbox = steward.get("/ui/cleansing?job=" + job + "&kind=email");
        assertThat(inbox.textOf("bulk")).contains("Accept all 2 email proposals of job " + job);
        WebSession.Page confirm = steward.get("/ui/cleansing/bulk?job=" + job + "&kind=email");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.textOf("confirm")).isEqualTo("Yes, accept 2");
        assertThat(CleansingApiTest.master(numbers[0]).get("golden").get("email").get("value").asText()).endsWith("@gmial.com");

        WebSession.Page accepted = steward.post("/ui/cleansing/bulk", Map.of("job", String.valueOf(job), "kind", "email", "comment", "typos"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(303);
        assertThat(WebSession.decode(accepted.location())).contains("Accepted 2 email proposals of job " + job);
        for (String number : numbers) {
            assertThat(CleansingApiTest.master(number).get("golden").get("email").get("value").asText()).endsWith("@gmail.com");
        }
        assertThat(steward.get("/ui/cleansing?job=" + job + "&kind=email").html()).contains("id=\"empty\"");
    }

    @Test
    void theDataQualityViewChartsEachSourcesCountsAndCodes() {
        Fixtures.Source silo = Fixtures.source("hotel");
        String key = Fixtures.key("HP-");
        CleansingApiTest.guest(silo, key, "5 north paradise road", "NV", "89169", Fixtures.uniqueName().toLowerCase() + "@gmial.com");
        JsonNode proposals = CleansingApiTest.cleanse(silo, key);
        Http.user("steward").post("/api/v1/cleansing/proposals/" + CleansingApiTest.proposalOf(proposals, "email").get("id").asText()
                + "/decision", Map.of("decision", "REJECT"));

        WebSession.Page page = WebSession.logIn("steward").get("/ui/cleansing/quality");

        assertThat(page.status()).isEqualTo(200);
        String section = page.html().substring(page.html().indexOf("data-source=\"" + silo.code() + "\""));
        section = section.substring(0, Math.max(section.indexOf("</section>"), 0));
        assertThat(section).contains("<svg", "SUFFIX_ABBREVIATED", "EMAIL_DOMAIN_TYPO_CORRECTED", "Changed values by outcome");
        assertThat(section).containsPattern("class=\"changed\">2<");
        assertThat(section).containsPattern("class=\"accepted\">1<");
        assertThat(section).containsPattern("class=\"rejected\">1<");
    }

    @Test
    void eachRoleSeesOnlyWhatItMay() {
        WebSession committee = WebSession.logIn("committee");
        assertThat(committee.get("/ui/cleansing").status()).isEqualTo(403);
        assertThat(committee.get("/ui/cleansing/quality").status()).isEqualTo(403);
        assertThat(committee.get("/ui/cleansing/jobs").status()).isEqualTo(403);

        WebSession admin = WebSession.logIn("admin");
        assertThat(admin.get("/ui/cleansing").status()).isEqualTo(403);
        WebSession.Page jobs = admin.get("/ui/cleansing/jobs");
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.html()).contains("id=\"start-form\"", "href=\"/ui/cleansing/jobs\"");
        assertThat(admin.get("/ui/cleansing/quality").status()).isEqualTo(200);

        WebSession steward = WebSession.logIn("steward");
        WebSession.Page stewardJobs = steward.get("/ui/cleansing/jobs");
        assertThat(stewardJobs.status()).isEqualTo(200);
        assertThat(stewardJobs.html()).doesNotContain("id=\"start-form\"").contains("href=\"/ui/cleansing\"");
        assertThat(steward.post("/ui/cleansing/jobs", Map.of("source", "hotel")).status()).isEqualTo(403);
        // a form without the session's token is refused before anything happens
        assertThat(WebSession.logIn("lead").postRaw("/ui/cleansing/jobs", Map.of("source", "hotel")).status()).isEqualTo(403);
        assertThat(steward.get("/ui/cleansing/proposals/999999999").status()).isEqualTo(404);
        assertThat(steward.get("/ui/cleansing/bulk?job=1&kind=shoes").status()).isEqualTo(422);
    }
}
