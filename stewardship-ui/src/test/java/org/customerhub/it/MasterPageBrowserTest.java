package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The master page in a real (headless) Chromium: lineage per golden value, a steward undoing a merge from the
 * history timeline, pinning and unpinning a golden value, and the point-in-time link of a history event.
 */
@ExtendWith(TestHub.class)
class MasterPageBrowserTest {
    static WebDriver browser;
    static Fixtures.Source hotel;
    static final Http STEWARD = Http.user("steward");

    @BeforeAll
    static void openBrowser() throws IOException {
        hotel = Fixtures.source("hotel");
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private static String guest(String given) {
        String key = Fixtures.key("HP-");
        String family = Fixtures.uniqueName();
        return hotel.http().put(hotel.records() + key, IngestAndMatchFlowTest.hotelGuest(key, family, given, "04/04/1984", null,
                        given.toLowerCase() + "." + family.toLowerCase() + "@example.com"))
                .json().get("customerNumber").asText();
    }

    private static void open(String number) {
        browser.get(TestHub.get().url() + "/ui/masters/" + number);
        assertThat(browser.findElement(By.id("customer-number")).getText()).isEqualTo(number);
    }

    private static WebElement goldenRow(String attribute) {
        return browser.findElement(By.cssSelector("#golden tr[data-attribute='" + attribute + "']"));
    }

    @Test
    void aStewardUndoesAMergeFromTheHistory() {
        String older = guest("Hedda");
        String newer = guest("Hedda");
        assertThat(STEWARD.post("/api/v1/masters/" + newer + "/merge", Map.of("with", older, "reason", "same guest?")).status()).isEqualTo(200);
        HeadlessChromium.logIn(browser, "steward");
        open(older);
        assertThat(browser.findElements(By.cssSelector("#xrefs tbody tr"))).hasSize(2);
        WebElement merge = browser.findElement(By.cssSelector("#history li[data-kind='MERGED']"));
        assertThat(merge.getText()).contains("absorbed " + newer, "same guest?");
        merge.findElement(By.cssSelector("input[name='reason']")).sendKeys("two guests, one booking");
        HeadlessChromium.clickToNextPage(browser, merge.findElement(By.cssSelector("button.unmerge")));

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Unmerged: " + newer + " restored from " + older);
        assertThat(browser.findElements(By.cssSelector("#xrefs tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#history li")).getText()).contains("UNMERGED", "two guests, one booking");
        assertThat(browser.findElements(By.cssSelector("#history button.unmerge"))).isEmpty();
        JsonNode restored = STEWARD.get("/api/v1/masters/" + newer).json();
        assertThat(restored.get("customerNumber").asText()).isEqualTo(newer);
        assertThat(restored.get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aStewardPinsAGoldenValueAndUnpinsIt() {
        String number = guest("Frida");
        HeadlessChromium.logIn(browser, "steward");
        open(number);
        assertThat(goldenRow("email").findElement(By.cssSelector(".rule")).getText()).isEqualTo("only value");
        assertThat(goldenRow("email").getText()).contains(hotel.code());

        browser.findElement(By.cssSelector("#pin-form-box summary")).click();
        new Select(browser.findElement(By.id("pin-attribute"))).selectByValue("email");
        browser.findElement(By.id("pin-value")).sendKeys("frida.private@example.com");
        browser.findElement(By.id("pin-reason")).sendKeys("asked at the front desk");
        HeadlessChromium.clickToNextPage(browser, browser.findElement(By.id("pin")));

        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Pinned email");
        assertThat(goldenRow("email").findElement(By.cssSelector(".value")).getText()).isEqualTo("frida.private@example.com");
        assertThat(goldenRow("email").getText()).contains("steward override", "pinned");
        assertThat(STEWARD.get("/api/v1/masters/" + number).json().get("golden").get("email").get("value").asText()).isEqualTo("frida.private@example.com");

        browser.findElement(By.id("unpin-reason-email")).sendKeys("wrong customer");
        HeadlessChromium.clickToNextPage(browser, browser.findElement(By.id("unpin-email")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Unpinned email");
        assertThat(goldenRow("email").findElement(By.cssSelector(".value")).getText()).startsWith("frida.");
        assertThat(browser.findElements(By.id("overrides"))).isEmpty();

        // the history links to the master as it was: before the unpin the pinned value was golden
        HeadlessChromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#history li[data-kind='VALUE_PINNED'] a.at")));
        assertThat(browser.findElement(By.id("point-in-time")).getText()).contains("As it was at");
        assertThat(goldenRow("email").findElement(By.cssSelector(".value")).getText()).isEqualTo("frida.private@example.com");
        assertThat(browser.findElements(By.id("pin-form"))).isEmpty();
    }

    @Test
    void aPinWithoutReasonIsRefusedAndChangesNothing() {
        String number = guest("Greta");
        HeadlessChromium.logIn(browser, "steward");
        open(number);
        browser.findElement(By.cssSelector("#pin-form-box summary")).click();
        new Select(browser.findElement(By.id("pin-attribute"))).selectByValue("given_name");
        browser.findElement(By.id("pin-value")).sendKeys("Gretchen");
        // the browser's own check would stop the form; a client that skips it meets the hub's
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('pin-reason').removeAttribute('required')");
        HeadlessChromium.clickToNextPage(browser, browser.findElement(By.id("pin")));
        assertThat(browser.getPageSource()).contains("reason");
        assertThat(STEWARD.get("/api/v1/masters/" + number).json().get("golden").get("given_name").get("value").asText()).isEqualTo("Greta");
    }
}
