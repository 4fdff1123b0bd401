package org.customerhub.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A steward in a real (headless) Chromium: log in, open a review from the inbox, approve the merge. */
@ExtendWith(TestHub.class)
class StewardBrowserTest {
    static WebDriver browser;
    static long reviewId;
    static String hub;

    @BeforeAll
    static void openBrowserAndPrepareAReview() throws IOException {
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

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("hub-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private static void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(hub + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-demo");
        browser.findElement(By.id("login")).click();
    }

    @Test
    void aStewardLogsInAndApprovesAMergeFromTheInbox() {
        logIn("steward");
        assertThat(browser.getCurrentUrl()).endsWith("/ui/inbox");
        browser.findElement(By.cssSelector("tr[data-review='" + reviewId + "'] a")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Review #" + reviewId);
        assertThat(browser.findElement(By.id("comparison")).getText()).contains("Edda");
        assertThat(browser.findElement(By.id("explanation")).getText()).contains("family name", "given name");
        browser.findElement(By.id("comment")).sendKeys("same guest, checked the booking");
        browser.findElement(By.id("approve")).click();

        assertThat(browser.getCurrentUrl()).contains("/ui/inbox");
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

        // the click navigates: wait for the results page instead of reading the heading of the page it leaves
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> "Find a customer".equals(d.findElement(By.tagName("h1")).getText()));
        browser.findElement(By.cssSelector("#results tr[data-number='" + number + "'] a")).click();
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
