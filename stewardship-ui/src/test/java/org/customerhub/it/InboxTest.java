package org.customerhub.it;

import org.customerhub.audit.AuditEntry;
import org.customerhub.audit.AuditLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox as stewards use it: tabs and their counts, filters, sorting, queue counts, and claiming, releasing and
 * assigning tasks. Each test filters by sources of its own, so the other classes' reviews do not disturb the counts.
 */
@ExtendWith(TestHub.class)
class InboxTest {
    static Fixtures.Source hotel;

    @BeforeAll
    static void registerHotel() {
        hotel = Fixtures.source("hotel");
    }

    private static long review(Fixtures.Source spa, String hotelPhone, String spaPhone) {
        return Fixtures.spaReview(hotel, spa, hotelPhone, spaPhone);
    }

    private static String scoreBandOf(long reviewId) {
        for (com.fasterxml.jackson.databind.JsonNode task : Http.user("steward").get("/api/v1/reviews?max=500").json().get("tasks")) {
            if (task.get("reviewId").asLong() == reviewId) return task.get("scoreBand").asText();
        }
        throw new AssertionError("review " + reviewId + " is not open");
    }

    private static String inbox(String source, String more) {
        return "/ui/inbox?source=" + source + (more.isEmpty() ? "" : "&" + more);
    }

    private static long badge(WebSession.Page page, String tab) {
        return Long.parseLong(page.textOf("tab-" + tab).replaceAll("\\D+", ""));
    }

    @Test
    void aStewardClaimsAndReleasesAndTheTabsCountIt() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = review(spa, null, null);
        WebSession steward = WebSession.logIn("steward");

        WebSession.Page before = steward.get(inbox(spa.code(), "tab=unassigned"));
        assertThat(before.listsReview(reviewId)).as(before.html()).isTrue();
        assertThat(badge(before, "unassigned")).isEqualTo(1);
        assertThat(badge(before, "mine")).isZero();
        assertThat(badge(before, "all")).isEqualTo(1);

        WebSession.Page claimed = steward.post("/ui/reviews/" + reviewId + "/claim", Map.of("back", inbox(spa.code(), "tab=unassigned")));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(303);
        assertThat(claimed.location()).startsWith(inbox(spa.code(), "tab=unassigned")).contains("notice=");

        WebSession.Page mine = steward.get(inbox(spa.code(), "tab=mine"));
        assertThat(mine.listsReview(reviewId)).isTrue();
        assertThat(mine.html()).contains("data-assignee=\"steward\"");
        assertThat(badge(mine, "mine")).isEqualTo(1);
        assertThat(badge(mine, "unassigned")).isZero();
        assertThat(steward.get(inbox(spa.code(), "tab=unassigned")).listsReview(reviewId)).isFalse();

        WebSession.Page released = steward.post("/ui/reviews/" + reviewId + "/release", Map.of("back", inbox(spa.code(), "tab=mine")));
        assertThat(released.status()).isEqualTo(303);
        assertThat(steward.get(inbox(spa.code(), "tab=mine")).listsReview(reviewId)).isFalse();
        assertThat(steward.get(inbox(spa.code(), "tab=unassigned")).listsReview(reviewId)).isTrue();

        assertThat(TestHub.get().context().getBean(AuditLog.class).forTarget("review:" + reviewId))
                .extracting(AuditEntry::getActor, AuditEntry::getAction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("steward", "TASK_CLAIMED"),
                        org.assertj.core.groups.Tuple.tuple("steward", "TASK_RELEASED"));
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeClaimedOrReleasedButALeadReassignsIt() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = review(spa, null, null);
        WebSession lead = WebSession.logIn("lead");
        WebSession steward = WebSession.logIn("steward");
        lead.get(inbox(spa.code(), ""));
        assertThat(lead.post("/ui/reviews/" + reviewId + "/claim", Map.of()).status()).isEqualTo(303);

        steward.get(inbox(spa.code(), ""));
        WebSession.Page refused = steward.post("/ui/reviews/" + reviewId + "/claim", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("Review " + reviewId + " is claimed by lead");
        assertThat(steward.post("/ui/reviews/" + reviewId + "/release", Map.of()).status()).isEqualTo(403);
        WebSession.Page notALead = steward.post("/ui/reviews/" + reviewId + "/assign", Map.of("assignee", "steward"));
        assertThat(notALead.status()).isEqualTo(403);
        assertThat(steward.get(inbox(spa.code(), "tab=mine")).listsReview(reviewId)).isFalse();
        Http.Answer notTheHolder = Http.user("steward").post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "REJECT"));
        assertThat(notTheHolder.status()).as(notTheHolder.toString()).isEqualTo(403);
        assertThat(notTheHolder.json().get("detail").asText()).isEqualTo("Review " + reviewId + " is claimed by lead; only they or a steward lead can decide it");
        assertThat(steward.get(inbox(spa.code(), "")).listsReview(reviewId)).as("still open").isTrue();
        assertThat(steward.get("/ui/reviews/" + reviewId).textOf("claimed-elsewhere"))
                .isEqualTo("Claimed by lead: only they or a steward lead can decide this review; ask them to release it.");
        assertThat(lead.get("/ui/reviews/" + reviewId).html()).doesNotContain("id=\"claimed-elsewhere\"");

        WebSession.Page page = lead.get(inbox(spa.code(), ""));
        assertThat(page.html()).contains("id=\"assignee-" + reviewId + "\"").contains("<option value=\"steward\"");
        assertThat(lead.post("/ui/reviews/" + reviewId + "/assign", Map.of("assignee", "committee")).status()).isEqualTo(422);
        WebSession.Page assigned = lead.post("/ui/reviews/" + reviewId + "/assign", Map.of("assignee", "steward", "back", inbox(spa.code(), "")));
        assertThat(assigned.status()).isEqualTo(303);
        assertThat(steward.get(inbox(spa.code(), "tab=mine")).listsReview(reviewId)).isTrue();

        assertThat(TestHub.get().context().getBean(AuditLog.class).forTarget("review:" + reviewId))
                .extracting(e -> e.getActor() + " " + e.getAction() + " " + e.getDetail())
                .containsExactly("lead TASK_CLAIMED review", "lead TASK_ASSIGNED review to steward, was claimed by lead");
        Http.Answer theHolder = Http.user("steward").post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "REJECT"));
        assertThat(theHolder.status()).as(theHolder.toString()).isEqualTo(200);
    }

    @Test
    void actionsNeedTheFormsTokenAndAStewardsRole() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = review(spa, null, null);
        WebSession steward = WebSession.logIn("steward");
        steward.get("/ui/inbox");
        assertThat(steward.postRaw("/ui/reviews/" + reviewId + "/claim", Map.of("back", "/ui/inbox")).status()).isEqualTo(403);
        WebSession committee = WebSession.logIn("committee");
        committee.get("/ui/home");
        assertThat(committee.post("/ui/reviews/" + reviewId + "/claim", Map.of()).status()).isEqualTo(403);
        assertThat(steward.get(inbox(spa.code(), "tab=unassigned")).listsReview(reviewId)).isTrue();
    }

    @Test
    void filtersSortingAndQueueCountsAreAppliedByTheEngine() {
        Fixtures.Source spa = Fixtures.source("spa");
        Fixtures.Source otherSpa = Fixtures.source("spa");
        // the older review has the lower probability: the phones differ
        long older = review(spa, "(702) 555-0101", "(702) 555-0199");
        long newer = review(spa, null, null);
        long elsewhere = review(otherSpa, null, null);
        WebSession steward = WebSession.logIn("steward");

        WebSession.Page all = steward.get(inbox(spa.code(), ""));
        assertThat(all.listsReview(older)).isTrue();
        assertThat(all.listsReview(newer)).isTrue();
        assertThat(all.listsReview(elsewhere)).isFalse();
        assertThat(badge(all, "all")).isEqualTo(2);
        assertThat(all.html()).contains("data-queue=\"standard\"");
        assertThat(all.textOf("queues")).contains("any queue 2", "standard 2", "vip 0", "conflicts 0");

        assertThat(order(steward.get(inbox(spa.code(), "sort=oldest")), older, newer)).isTrue();
        assertThat(order(steward.get(inbox(spa.code(), "sort=newest")), newer, older)).isTrue();
        assertThat(order(steward.get(inbox(spa.code(), "sort=likely")), newer, older)).isTrue();
        assertThat(order(steward.get(inbox(spa.code(), "sort=unlikely")), older, newer)).isTrue();

        // the band of each review follows from its probability under the model in use; the filter must agree
        java.util.Map<String, Long> perBand = new java.util.HashMap<>();
        for (long id : new long[]{older, newer}) perBand.merge(scoreBandOf(id), 1L, Long::sum);
        for (String band : java.util.List.of("high", "medium", "low")) {
            WebSession.Page filtered = steward.get(inbox(spa.code(), "band=" + band));
            assertThat(badge(filtered, "all")).as(band).isEqualTo(perBand.getOrDefault(band, 0L));
            if (!perBand.containsKey(band)) assertThat(filtered.textOf("empty")).isEqualTo("No open reviews match these filters.");
        }
        assertThat(badge(steward.get(inbox(spa.code(), "type=review")), "all")).isEqualTo(2);
        assertThat(badge(steward.get(inbox(spa.code(), "type=second")), "all")).isZero();
        assertThat(badge(steward.get(inbox(spa.code(), "queue=standard")), "all")).isEqualTo(2);
        assertThat(badge(steward.get(inbox(spa.code(), "queue=vip")), "all")).isZero();
        assertThat(badge(steward.get("/ui/inbox?source=" + otherSpa.code()), "all")).isEqualTo(1);

        WebSession.Page bad = steward.get(inbox(spa.code(), "band=enormous"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.html()).contains("band: &#39;enormous&#39; is not one of high, medium or low");
    }

    @Test
    void pagesKeepTheFiltersAndListEveryTaskOnce() {
        Fixtures.Source spa = Fixtures.source("spa");
        java.util.Set<Long> reviews = new java.util.HashSet<>();
        for (int i = 0; i < 52; i++) reviews.add(review(spa, null, null));
        WebSession steward = WebSession.logIn("steward");

        WebSession.Page first = steward.get(inbox(spa.code(), "sort=newest"));
        assertThat(first.html()).contains("Page 1 of 2")
                .contains("href=\"/ui/inbox?source=" + spa.code() + "&amp;sort=newest&amp;page=1\" id=\"next\"");
        WebSession.Page second = steward.get(inbox(spa.code(), "sort=newest&page=1"));
        assertThat(second.html()).contains("Page 2 of 2").doesNotContain("id=\"next\"");
        java.util.List<Long> listed = new java.util.ArrayList<>(listed(first));
        assertThat(listed).hasSize(50);
        listed.addAll(listed(second));
        assertThat(listed).hasSize(52).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(reviews);
        assertThat(listed.get(0)).isEqualTo(reviews.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void everyTabAndQueueCountIsWhatTheEnginesOwnTaskQueryCounts() {
        Fixtures.Source spa = Fixtures.source("spa");
        long claimedBySteward = review(spa, null, null);
        long claimedByLead = review(spa, null, null);
        long deferred = review(spa, null, null);
        long deferredAndClaimed = review(spa, null, null);
        long open = review(spa, null, null);
        long openLessLikely = review(spa, "(702) 555-0101", "(702) 555-0199");
        WebSession steward = WebSession.logIn("steward");
        WebSession lead = WebSession.logIn("lead");
        steward.get(inbox(spa.code(), ""));
        lead.get(inbox(spa.code(), ""));
        assertThat(steward.post("/ui/reviews/" + claimedBySteward + "/claim", Map.of()).status()).isEqualTo(303);
        assertThat(steward.post("/ui/reviews/" + deferredAndClaimed + "/claim", Map.of()).status()).isEqualTo(303);
        assertThat(lead.post("/ui/reviews/" + claimedByLead + "/claim", Map.of()).status()).isEqualTo(303);
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        for (long id : new long[]{deferred, deferredAndClaimed}) {
            steward.get("/ui/reviews/" + id);
            assertThat(steward.post("/ui/reviews/" + id + "/defer", Map.of("until", tomorrow, "comment", "waiting for the spa")).status())
                    .isEqualTo(303);
        }

        org.customerhub.stewardship.ReviewWorkflow workflow = TestHub.get().context().getBean(org.customerhub.stewardship.ReviewWorkflow.class);
        var base = new org.customerhub.stewardship.ReviewWorkflow.TaskFilter(null, false, spa.code(), null, null, null,
                org.customerhub.stewardship.ReviewWorkflow.Deferral.DUE);
        var deferredOnly = base.with(org.customerhub.stewardship.ReviewWorkflow.Deferral.DEFERRED);
        java.util.List<String> queues = new java.util.ArrayList<>(workflow.queues());
        queues.add(null);
        for (String queue : queues) {
            String more = queue == null ? "" : "queue=" + queue;
            WebSession.Page page = steward.get(inbox(spa.code(), more));
            assertThat(badge(page, "mine")).as(more).isEqualTo(workflow.countOpenTasks(base.mine("steward").inQueue(queue)));
            assertThat(badge(page, "unassigned")).as(more).isEqualTo(workflow.countOpenTasks(base.unassignedOnly().inQueue(queue)));
            assertThat(badge(page, "all")).as(more).isEqualTo(workflow.countOpenTasks(base.inQueue(queue)));
            assertThat(badge(page, "deferred")).as(more).isEqualTo(workflow.countOpenTasks(deferredOnly.inQueue(queue)));
        }
        WebSession.Page all = steward.get(inbox(spa.code(), ""));
        assertThat(badge(all, "mine")).isEqualTo(1);
        assertThat(badge(all, "unassigned")).isEqualTo(2);
        assertThat(badge(all, "all")).isEqualTo(4);
        assertThat(badge(all, "deferred")).isEqualTo(2);
        assertThat(all.textOf("queues")).contains("any queue 4", "standard 4", "vip 0");
        assertThat(steward.get(inbox(spa.code(), "tab=deferred")).textOf("queues")).contains("any queue 2", "standard 2");
        assertThat(steward.get(inbox(spa.code(), "tab=mine")).textOf("queues")).contains("any queue 1", "standard 1");
        assertThat(lead.get(inbox(spa.code(), "tab=mine")).textOf("queues")).contains("any queue 1", "standard 1");

        assertThat(listed(all)).containsExactly(claimedBySteward, claimedByLead, open, openLessLikely);
        assertThat(listed(steward.get(inbox(spa.code(), "sort=newest")))).containsExactly(openLessLikely, open, claimedByLead, claimedBySteward);
        assertThat(listed(steward.get(inbox(spa.code(), "tab=unassigned&sort=unlikely")))).containsExactly(openLessLikely, open);
        assertThat(listed(steward.get(inbox(spa.code(), "tab=mine")))).containsExactly(claimedBySteward);
        assertThat(listed(lead.get(inbox(spa.code(), "tab=mine")))).containsExactly(claimedByLead);
        assertThat(listed(steward.get(inbox(spa.code(), "tab=deferred")))).containsExactly(deferred, deferredAndClaimed);
        assertThat(listed(steward.get(inbox(spa.code(), "queue=vip")))).isEmpty();
    }

    private static java.util.List<Long> listed(WebSession.Page page) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-review=\"(\\d+)\"").matcher(page.html());
        while (m.find()) ids.add(Long.parseLong(m.group(1)));
        return ids;
    }

    private static boolean order(WebSession.Page page, long first, long second) {
        int a = page.html().indexOf("data-review=\"" + first + "\"");
        int b = page.html().indexOf("data-review=\"" + second + "\"");
        assertThat(a).as("review %d listed", first).isPositive();
        assertThat(b).as("review %d listed", second).isPositive();
        return a < b;
    }
}
