package org.customerhub.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A steward in a real (headless) Chromium: log in, open a review from the inbox, approve the merge. */
@ExtendWith(TestHub.class)
class StewardBrowserTest {
    static WebDriver browser;
    static long reviewId;
    static String hub;

    @BeforeAll
    static void openBrowserAndPrepareAReview() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source spa = Fixtures.source("spa");
        String family = Fixtures.uniqueName();
        String hotelKey = Fixtures.key("HP-");
        String spaKey = Fixtures.key("SPA-");
        hotel.http().put(hotel.records() + hotelKey, IngestAndMatchFlowTest.hotelGuest(hotelKey, family, "Edda", null, null, null));
        Http.Answer review = spa.http().put(spa.records() + spaKey, IngestAndMatchFlowTest.spaClient(spaKey, "Edda", family, null, null, null));
        assertThat(review.json().get("outcome").asText()).as(review.toString()).isEqualTo("REVIEW");
        reviewId = review.json().get("reviewId").asLong();
        hub = TestHub.get().url();

        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    static void waitFor(ExpectedCondition<?> condition) {
        HeadlessChromium.waitFor(browser, condition);
    }

    private static void logIn(String user) {
        HeadlessChromium.logIn(browser, user);
    }

    @Test
    void aStewardLogsInAndApprovesAMergeFromTheInbox() {
        logIn("steward");
        assertThat(browser.getCurrentUrl()).endsWith("/ui/inbox");
        browser.findElement(By.cssSelector("tr[data-review='" + reviewId + "'] a")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Review #" + reviewId));
        assertThat(browser.findElement(By.id("comparison")).getText()).contains("Edda");
        assertThat(browser.findElement(By.id("explanation")).getText()).contains("family name", "given name");
        browser.findElement(By.id("comment")).sendKeys("same guest, checked the booking");
        browser.findElement(By.id("approve")).click();

        waitFor(ExpectedConditions.urlContains("/ui/inbox"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Review " + reviewId + " approved");
        assertThat(Http.user("steward").get("/api/v1/reviews/" + reviewId).json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aStewardFindsACustomerByPhoneFromTheTopBarAndOpensIt() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        String family = Fixtures.uniqueName();
        String phone = Fixtures.phone();
        String key = Fixtures.key("HP-");
        String number = hotel.http().put(hotel.records() + key, IngestAndMatchFlowTest.hotelGuest(key, family, "Ines", "05/06/1977", phone, null))
                .json().get("customerNumber").asText();
        logIn("steward");
        browser.findElement(By.id("find")).sendKeys(phone.replaceAll("\\D", ""));
        browser.findElement(By.cssSelector("form.search button")).click();

        // a click starts the navigation without waiting for it: wait for the next page before reading it
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Find a customer"));
        browser.findElement(By.cssSelector("#results tr[data-number='" + number + "'] a")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("customer-number")));
        assertThat(browser.findElement(By.id("customer-number")).getText()).isEqualTo(number);
        assertThat(browser.findElement(By.id("golden")).getText()).contains(family, "1977-05-06");
    }

    @Test
    void aCommitteeMemberIsRefusedTheStewardInbox() {
        logIn("committee");
        browser.get(hub + "/ui/inbox");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        assertThat(browser.getPageSource()).doesNotContain("data-review");
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPage() {
        browser.manage().deleteAllCookies();
        browser.get(hub + "/ui/inbox");
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("username")).sendKeys("steward");
        browser.findElement(By.id("password")).sendKeys("guess");
        browser.findElement(By.id("login")).click();
        assertThat(browser.findElement(By.cssSelector(".error")).getText()).contains("Wrong user name or password");
    }
}
