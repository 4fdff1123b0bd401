package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A steward in a real (headless) Chromium accepts, edits and rejects cleansing proposals from the proposal list. */
@ExtendWith(TestHub.class)
class CleansingBrowserTest {
    static WebDriver browser;
    static Fixtures.Source hotel;
    static String hub;

    @BeforeAll
    static void openBrowser() {
        hotel = Fixtures.source("hotel");
        hub = TestHub.get().url();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    /** A guest whose e-mail has a domain typo, cleansed: answers [customer number, proposal id]. */
    private static String[] guestWithTypo(String local, String state, String zip) {
        String key = Fixtures.key("HP-");
        String number = CleansingApiTest.guest(hotel, key, "15 Paradise Rd", state, zip, local + "@gmial.com");
        JsonNode proposals = CleansingApiTest.cleanse(hotel, key);
        return new String[]{number, CleansingApiTest.proposalOf(proposals, zip.equals("89169") ? "email" : "address").get("id").asText()};
    }

    /** Clicks, then waits for the page the click leads to: a click does not wait for its navigation. */
    private static void clickThenWaitFor(By target, org.openqa.selenium.support.ui.ExpectedCondition<?> nextPage) {
        browser.findElement(target).click();
        HeadlessChromium.waitFor(browser, nextPage);
    }

    private static void openFromTheList(String proposalId) {
        HeadlessChromium.logIn(browser, "steward");
        clickThenWaitFor(By.linkText("Cleansing"), ExpectedConditions.urlMatches("/ui/cleansing$"));
        browser.get(hub + "/ui/cleansing?source=" + hotel.code());
        clickThenWaitFor(By.cssSelector("tr[data-proposal='" + proposalId + "'] a"),
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cleansing proposal #" + proposalId));
    }

    /** After a decision the proposal list shows what was done. */
    private static String decide(String button) {
        clickThenWaitFor(By.id(button), ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        return browser.findElement(By.cssSelector(".notice")).getText();
    }

    @Test
    void aStewardAcceptsAProposalSeenBesideTheStoredValueAndItsCodes() {
        String local = Fixtures.uniqueName().toLowerCase();
        String[] made = guestWithTypo(local, "NV", "89169");

        openFromTheList(made[1]);
        WebElement row = browser.findElement(By.cssSelector("#fields tr[data-attribute='email']"));
        assertThat(row.findElement(By.className("before")).getText()).isEqualTo(local + "@gmial.com");
        assertThat(row.findElement(By.className("after")).getText()).isEqualTo(local + "@gmail.com");
        assertThat(row.getText()).contains("EMAIL_DOMAIN_TYPO_CORRECTED", "verified", "content");
        assertThat(browser.findElement(By.id("raw")).getText()).contains("EMAIL", local + "@gmial.com");
        browser.findElement(By.id("accept-comment")).sendKeys("the guest's booking confirmation reached gmail");
        String notice = decide("accept");

        assertThat(notice).contains("Proposal " + made[1] + " accepted");
        assertThat(browser.getPageSource()).doesNotContain("data-proposal=\"" + made[1] + "\"");
        assertThat(Http.user("steward").get("/api/v1/cleansing/proposals/" + made[1]).json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(CleansingApiTest.master(made[0]).get("golden").get("email").get("value").asText()).isEqualTo(local + "@gmail.com");
    }

    @Test
    void aStewardRejectsAProposalAndTheGoldenRecordKeepsTheSourcesValue() {
        String local = Fixtures.uniqueName().toLowerCase();
        String[] made = guestWithTypo(local, "NV", "89169");

        openFromTheList(made[1]);
        browser.findElement(By.id("reject-comment")).sendKeys("gmial.com is the guest's real domain");
        String notice = decide("reject");

        assertThat(notice).contains("Proposal " + made[1] + " rejected");
        assertThat(Http.user("steward").get("/api/v1/cleansing/proposals/" + made[1]).json().get("status").asText()).isEqualTo("REJECTED");
        JsonNode email = CleansingApiTest.master(made[0]).get("golden").get("email");
        assertThat(email.get("value").asText()).isEqualTo(local + "@gmial.com");
        assertThat(email.get("source").asText()).isEqualTo(hotel.code());
        browser.get(hub + "/ui/cleansing/proposals/" + made[1]);
        HeadlessChromium.waitFor(browser, ExpectedConditions.textToBe(By.id("status"), "REJECTED"));
        assertThat(browser.findElements(By.id("accept"))).isEmpty();
    }

    @Test
    void aStewardAcceptsAConflictingAddressWithAnEditedZip() {
        String[] made = guestWithTypo(Fixtures.uniqueName().toLowerCase(), "NV", "10001");

        openFromTheList(made[1]);
        assertThat(browser.findElement(By.id("routing")).getText()).contains("queue conflicts");
        WebElement zip = browser.findElement(By.id("value-postcode"));
        zip.clear();
        zip.sendKeys("89169");
        assertThat(decide("edit")).contains("accepted with your values");
        assertThat(CleansingApiTest.master(made[0]).get("golden").get("postcode").get("value").asText()).isEqualTo("89169");
    }
}
