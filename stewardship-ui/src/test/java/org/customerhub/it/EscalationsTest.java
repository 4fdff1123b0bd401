package org.customerhub.it;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.customerhub.audit.AuditEntry;
import org.customerhub.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Overdue reviews on the steward lead's escalations page: reassigning and acknowledging them, and who may see it. */
@ExtendWith(TestHub.class)
class EscalationsTest {

    /** The SLA passes: the test hub runs no job executor, so the review's SLA timer is fired here. */
    static void passTheSla(long reviewId) {
        ProcessEngine engine = TestHub.get().context().getBean(ProcessEngine.class);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(reviewId)).singleResult().getId();
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list();
        assertThat(timers).as("the review's SLA timer").hasSize(1);
        engine.getManagementService().executeJob(timers.get(0).getId());
    }

    private static String escalationOf(WebSession.Page page, long reviewId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-review=\"" + reviewId + "\" data-escalation=\"([^\"]+)\"")
                .matcher(page.html());
        assertThat(m.find()).as("escalation of review " + reviewId + " listed").isTrue();
        return m.group(1);
    }

    private static String assigneeIn(WebSession.Page page, long reviewId) {
        int row = page.html().indexOf("data-review=\"" + reviewId + "\"");
        String rest = page.html().substring(row);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"assignee\">([^<]*)<").matcher(rest);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aLeadSeesTheOverdueReviewReassignsItAndAcknowledgesTheEscalation() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        WebSession steward = WebSession.logIn("steward");
        WebSession lead = WebSession.logIn("lead");
        assertThat(lead.get("/ui/escalations").listsReview(reviewId)).isFalse();

        steward.get("/ui/inbox");
        assertThat(steward.post("/ui/reviews/" + reviewId + "/claim", Map.of()).status()).isEqualTo(303);
        passTheSla(reviewId);

        WebSession.Page page = lead.get("/ui/escalations");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.listsReview(reviewId)).isTrue();
        assertThat(page.html()).contains("href=\"/ui/escalations\"");
        assertThat(assigneeIn(page, reviewId)).isEqualTo("steward");
        assertThat(steward.get("/ui/inbox?source=" + spa.code()).html()).contains("class=\"flag\"");

        WebSession.Page reassigned = lead.post("/ui/reviews/" + reviewId + "/assign", Map.of("assignee", "lead", "back", "/ui/escalations"));
        assertThat(reassigned.status()).isEqualTo(303);
        assertThat(reassigned.location()).startsWith("/ui/escalations?notice=");
        page = lead.get("/ui/escalations");
        assertThat(assigneeIn(page, reviewId)).isEqualTo("lead");

        String escalation = escalationOf(page, reviewId);
        WebSession.Page blank = lead.post("/ui/escalations/" + escalation + "/acknowledge", Map.of("comment", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.html()).contains("write what you did");
        WebSession.Page acknowledged = lead.post("/ui/escalations/" + escalation + "/acknowledge",
                Map.of("comment", "took it over, steward is on leave"));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(303);
        assertThat(lead.get("/ui/escalations").listsReview(reviewId)).isFalse();
        assertThat(lead.post("/ui/escalations/" + escalation + "/acknowledge", Map.of("comment", "again")).status()).isEqualTo(409);

        // the review itself stays open, with the lead
        assertThat(lead.get("/ui/inbox?tab=mine&source=" + spa.code()).listsReview(reviewId)).isTrue();
        assertThat(TestHub.get().context().getBean(AuditLog.class).forTarget("review:" + reviewId))
                .extracting(e -> e.getActor() + " " + e.getAction())
                .containsExactly("steward TASK_CLAIMED", "lead TASK_ASSIGNED", "lead ESCALATION_ACKNOWLEDGED");
        assertThat(TestHub.get().context().getBean(AuditLog.class).forTarget("review:" + reviewId))
                .last().extracting(AuditEntry::getDetail).isEqualTo("took it over, steward is on leave");
    }

    @Test
    void stewardsAndAdminsWithoutTheLeadRoleAreRefused() {
        WebSession steward = WebSession.logIn("steward");
        WebSession.Page refused = steward.get("/ui/escalations");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).contains("<h1>Forbidden</h1>", "steward lead");
        assertThat(steward.get("/ui/inbox").html()).doesNotContain("href=\"/ui/escalations\"");
        assertThat(steward.post("/ui/escalations/1/acknowledge", Map.of("comment", "x")).status()).isEqualTo(403);
        assertThat(WebSession.logIn("admin").get("/ui/escalations").status()).isEqualTo(403);
    }
}
