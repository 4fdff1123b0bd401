package org.customerhub.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stewardship in a real (headless) Chromium: what each role finds in the top bar and may open, claiming and
 * deciding a review with the keyboard, a bulk decision through its confirmation, and a mapping change approved.
 */
@ExtendWith(TestHub.class)
class StewardWorkBrowserTest {
    static WebDriver browser;
    static String hub;

    @BeforeAll
    static void openBrowser() {
        hub = TestHub.get().url();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private static List<String> navItems() {
        return browser.findElements(By.cssSelector(".topbar nav > a")).stream().map(WebElement::getText).toList();
    }

    private static void open(String path, String heading) {
        browser.get(hub + path);
        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
    }

    @Test
    void eachRoleSeesItsNavigationAndIsRefusedWhatIsNotItsWork() {
        HeadlessChromium.logIn(browser, "steward");
        assertThat(navItems()).contains("Inbox", "Mappings", "Dashboard").doesNotContain("Escalations", "Audit log");
        open("/ui/escalations", "Forbidden");

        HeadlessChromium.logIn(browser, "lead");
        assertThat(navItems()).contains("Inbox", "Escalations", "Mappings", "Dashboard").doesNotContain("Audit log");
        open("/ui/escalations", "Escalations");

        HeadlessChromium.logIn(browser, "committee");
        assertThat(navItems()).doesNotContain("Inbox", "Escalations", "Mappings", "Dashboard", "Audit log");
        for (String stewardPage : List.of("/ui/inbox", "/ui/mappings", "/ui/dashboard")) {
            open(stewardPage, "Forbidden");
            assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("steward");
        }

        HeadlessChromium.logIn(browser, "admin");
        assertThat(navItems()).contains("Dashboard", "Audit log").doesNotContain("Inbox", "Escalations", "Mappings");
        open("/ui/dashboard", "Dashboard");
        assertThat(browser.findElements(By.cssSelector("#chart-outcomes svg rect"))).isNotEmpty();
    }

    @Test
    void aStewardClaimsAReviewAndRejectsItWithTheKeyboard() {
        Fixtures.Source spa = Fixtures.source("spa");
        long reviewId = Fixtures.spaReview(Fixtures.source("hotel"), spa, null, null);
        HeadlessChromium.logIn(browser, "steward");
        open("/ui/inbox?source=" + spa.code(), "Inbox");
        browser.findElement(By.cssSelector("tr[data-review='" + reviewId + "'] button.claim")).click();
        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "is now yours"));
        assertThat(browser.findElement(By.cssSelector("tr[data-review='" + reviewId + "'] td.assignee")).getText()).isEqualTo("steward");

        browser.findElement(By.cssSelector("tr[data-review='" + reviewId + "'] a.open")).click();
        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Review #" + reviewId));
        assertThat(browser.findElement(By.id("task-assignee")).getText()).isEqualTo("steward");
        browser.findElement(By.tagName("body")).sendKeys("r");
        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
                "Review " + reviewId + " rejected"));
        assertThat(Http.user("steward").get("/api/v1/reviews/" + reviewId).json().get("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void aStewardDecidesSeveralReviewsTogetherAfterConfirming() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source spa = Fixtures.source("spa");
        long first = Fixtures.spaReview(hotel, spa, null, null);
        long second = Fixtures.spaReview(hotel, spa, null, null);
        HeadlessChromium.logIn(browser, "steward");
        open("/ui/inbox?source=" + spa.code(), "Inbox");
        browser.findElement(By.id("select-" + first)).click();
        browser.findElement(By.id("select-" + second)).click();
        browser.findElement(By.id("bulk-comment")).sendKeys("same guests, booked together");
        browser.findElement(By.id("bulk-approve")).click();

        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Approve merge: 2 of 2"));
        assertThat(browser.findElement(By.id("selection")).getText()).contains("#" + first, "#" + second);
        assertThat(Http.user("steward").get("/api/v1/reviews/" + first).json().get("status").asText()).isEqualTo("OPEN");
        browser.findElement(By.id("confirm")).click();

        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2 of 2 reviews decided"));
        assertThat(browser.findElement(By.id("outcomes")).getText()).contains("Approved: merged");
        assertThat(Http.user("steward").get("/api/v1/reviews/" + second).json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aStewardApprovesAMappingChangeAfterReadingTheDiff() {
        Fixtures.Source spa = Fixtures.source("spa");
        String yaml = Fixtures.demoMapping("spa").replaceFirst("(?m)^source:.*$", "source: " + spa.code())
                .replaceFirst("(?m)^version:.*$", "version: 2").replace("  - column: gender                # \"female\" / \"male\"\n    to: gender",
                        "  - column: gender\n    ignore: true");
        assertThat(spa.http().put("/api/v1/sources/" + spa.code() + "/mapping", "application/yaml", yaml).status()).isEqualTo(202);
        HeadlessChromium.logIn(browser, "steward");
        open("/ui/mappings", "Mapping changes");
        browser.findElement(By.cssSelector("tr[data-source='" + spa.code() + "'] a")).click();
        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "version 2"));
        assertThat(browser.findElement(By.id("diff")).getText()).contains("ignore: true");
        assertThat(browser.findElements(By.cssSelector("#diff tr.diff-added"))).isNotEmpty();
        browser.findElement(By.id("comment")).sendKeys("gender is no longer exported");
        browser.findElement(By.id("approve")).click();
        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "approved"));
        assertThat(Http.user("steward").get("/api/v1/sources/" + spa.code() + "/mapping").json().get("versions").get(0)
                .get("status").asText()).isEqualTo("ACTIVE");
    }
}
