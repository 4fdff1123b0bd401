package org.customerhub.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role sees and may open: its navigation, the pages refused to it, and every link on every page it can
 * reach, followed from the start page, answering without 4xx or 5xx (no dead links, no link to a refused page).
 */
@ExtendWith(TestHub.class)
class RolesAndLinksTest {
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    /** Pages of one shape (a review, a master, an inbox filter) are sampled, not all visited. */
    private static final int PER_SHAPE = 3;
    private static final int MAX_PAGES = 90;

    @BeforeAll
    static void somethingOnEveryPage() {
        Fixtures.Source spa = Fixtures.source("spa");
        Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        String yaml = Fixtures.demoMapping("spa").replaceFirst("(?m)^source:.*$", "source: " + spa.code())
                .replaceFirst("(?m)^version:.*$", "version: 2").replace("    to: gender", "    to: gender\n    # v2");
        assertThat(spa.http().put("/api/v1/sources/" + spa.code() + "/mapping", "application/yaml", yaml).status()).isEqualTo(202);
    }

    private static String nav(WebSession.Page page) {
        Matcher m = Pattern.compile("<nav>(.*?)</nav>", Pattern.DOTALL).matcher(page.html());
        assertThat(m.find()).as("the top bar").isTrue();
        return m.group(1);
    }

    @Test
    void eachRoleSeesItsOwnNavigationAndIsRefusedTheOthersPages() {
        String steward = nav(WebSession.logIn("steward").get("/ui/inbox"));
        assertThat(steward).contains("href=\"/ui/inbox\"", "href=\"/ui/mappings\"", "href=\"/ui/dashboard\"", "action=\"/ui/masters\"")
                .doesNotContain("href=\"/ui/escalations\"", "href=\"/ui/audit\"");
        String lead = nav(WebSession.logIn("lead").get("/ui/inbox"));
        assertThat(lead).contains("href=\"/ui/inbox\"", "href=\"/ui/escalations\"", "href=\"/ui/dashboard\"").doesNotContain("href=\"/ui/audit\"");
        String committee = nav(WebSession.logIn("committee").get("/ui/home"));
        assertThat(committee).doesNotContain("href=\"/ui/inbox\"", "href=\"/ui/mappings\"", "href=\"/ui/dashboard\"",
                "href=\"/ui/escalations\"", "href=\"/ui/audit\"", "action=\"/ui/masters\"");
        String admin = nav(WebSession.logIn("admin").get("/ui/home"));
        assertThat(admin).contains("href=\"/ui/audit\"", "href=\"/ui/dashboard\"").doesNotContain("href=\"/ui/inbox\"", "href=\"/ui/escalations\"");

        Map<String, List<String>> refused = Map.of(
                "steward", List.of("/ui/escalations", "/ui/audit"),
                "lead", List.of("/ui/audit"),
                "committee", List.of("/ui/inbox", "/ui/mappings", "/ui/dashboard", "/ui/escalations", "/ui/audit", "/ui/masters",
                        "/ui/compare?records=1,2"),
                "admin", List.of("/ui/inbox", "/ui/mappings", "/ui/escalations", "/ui/masters"));
        refused.forEach((user, pages) -> {
            WebSession session = WebSession.logIn(user);
            for (String page : pages) {
                WebSession.Page answer = session.get(page);
                assertThat(answer.status()).as(user + " " + page).isEqualTo(403);
                assertThat(answer.html()).as(user + " " + page).contains("<h1>Forbidden</h1>");
            }
        });
    }

    @Test
    void everyLinkEveryRoleIsShownLeadsToAPage() {
        List<String> dead = new ArrayList<>();
        for (String user : List.of("steward", "lead", "committee", "admin")) {
            WebSession session = WebSession.logIn(user);
            Set<String> seen = new LinkedHashSet<>();
            Map<String, Integer> shapes = new HashMap<>();
            Deque<String[]> queue = new ArrayDeque<>();
            queue.add(new String[] {"/", "(start)"});
            while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
                String[] next = queue.poll();
                String url = next[0].replace("&amp;", "&");
                if (!seen.add(url)) continue;
                WebSession.Page page = session.get(url);
                if (page.status() == 303 && page.location() != null && page.location().startsWith("/")) {
                    queue.addFirst(new String[] {page.location(), url});
                    continue;
                }
                if (page.status() != 200) {
                    dead.add(user + ": " + url + " (linked from " + next[1] + ") answered " + page.status());
                    continue;
                }
                if (url.startsWith("/static/")) continue;
                Matcher m = HREF.matcher(page.html());
                while (m.find()) {
                    String link = m.group(1).replace("&amp;", "&");
                    if (link.startsWith("//") || seen.contains(link)) continue;
                    String shape = link.replaceAll("\\d+", "N").replaceAll("=[^&]*", "=");
                    if (shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) queue.add(new String[] {link, url});
                }
            }
            assertThat(seen.size()).as(user + " reached pages").isGreaterThan(2);
        }
        assertThat(dead).as("dead or refused links").isEmpty();
    }
}
