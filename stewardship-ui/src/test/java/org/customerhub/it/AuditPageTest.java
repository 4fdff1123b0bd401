package org.customerhub.it;

import org.customerhub.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log page: for admins only, newest first, paged, filtered by actor and action. */
@ExtendWith(TestHub.class)
class AuditPageTest {
    private static final Pattern TARGET = Pattern.compile("<td>(order:\\d+)</td>");

    @Test
    void anAdminPagesThroughOneActorsEntriesNewestFirst() {
        String actor = "audit-test-" + Fixtures.uniqueName().toLowerCase();
        AuditLog audit = TestHub.get().context().getBean(AuditLog.class);
        for (int i = 1; i <= 55; i++) audit.record(actor, i % 5 == 0 ? "TEST_FIFTH" : "TEST_ORDER", "order:" + i, "entry " + i);

        WebSession admin = WebSession.logIn("admin");
        WebSession.Page first = admin.get("/ui/audit?actor=" + actor);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.textOf("audit")).doesNotContain("steward");
        assertThat(targets(first)).hasSize(50).startsWith("order:55", "order:54").endsWith("order:6");
        assertThat(first.html()).contains("Page 1 of 2").contains("id=\"next\"");

        WebSession.Page second = admin.get("/ui/audit?actor=" + actor + "&page=1");
        assertThat(targets(second)).containsExactly("order:5", "order:4", "order:3", "order:2", "order:1");
        assertThat(second.html()).doesNotContain("id=\"next\"");

        WebSession.Page fifths = admin.get("/ui/audit?actor=" + actor + "&action=TEST_FIFTH");
        assertThat(targets(fifths)).hasSize(11).first().isEqualTo("order:55");
        assertThat(fifths.html()).contains("<option value=\"TEST_FIFTH\" selected=\"selected\">");
        assertThat(targets(admin.get("/ui/audit?actor=" + actor + "&page=99"))).containsExactly("order:5", "order:4", "order:3", "order:2", "order:1");
    }

    @Test
    void aStewardsDecisionsShowUnderTheirName() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        WebSession steward = WebSession.logIn("steward");
        steward.get("/ui/reviews/" + reviewId);
        steward.post("/ui/reviews/" + reviewId + "/decision", java.util.Map.of("decision", "REJECT", "comment", "twins"));

        WebSession.Page page = WebSession.logIn("admin").get("/ui/audit?actor=steward&action=REVIEW_REJECTED");
        assertThat(page.textOf("audit")).contains("review:" + reviewId, "recorded as not-a-match");
    }

    @Test
    void onlyAdminsReadTheLog() {
        assertThat(WebSession.logIn("steward").get("/ui/audit").status()).isEqualTo(403);
        assertThat(WebSession.logIn("lead").get("/ui/audit").status()).isEqualTo(403);
        WebSession.Page refused = WebSession.logIn("committee").get("/ui/audit");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html()).contains("This needs the admin role");
        assertThat(WebSession.logIn("admin").get("/ui/home").html()).contains("href=\"/ui/audit\"");
    }

    private static java.util.List<String> targets(WebSession.Page page) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher m = TARGET.matcher(page.html());
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
