package org.customerhub.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee member in a real (headless) Chromium: finds a proposal, reads the change, votes with a comment.
 * This class owns the nomenclature key's proposals of the shared hub (the approved version stays in force).
 */
@ExtendWith(TestHub.class)
class CommitteeBrowserTest {
    private static final String NOMENCLATURE_V2 = """
            captured: [given_name, middle_name, family_name, date_of_birth, gender, street, house_number, unit, postcode, city, region, country, phone, email, customer_number]
            required: [family_name, given_name]
            formats:
              middle_name: initial
            """;
    static WebDriver browser;
    static String hub;
    static int version;

    @BeforeAll
    static void proposeAndOpenBrowser() {
        Http.Answer revised = Http.user("committee").put("/api/v1/definitions/nomenclature", Map.of("body", NOMENCLATURE_V2,
                "description", "The canonical fields; family and given name are required, the middle name is kept as one initial."));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(201);
        version = revised.json().get("version").asInt();
        Http.Answer proposed = Http.user("committee").post("/api/v1/definitions/nomenclature/versions/" + version + "/proposal", Map.of());
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(202);
        hub = TestHub.get().url();

        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private static void logIn(String user) {
        HeadlessChromium.logIn(browser, user);
    }

    @Test
    void aCommitteeMemberReadsTheChangeAndVotesWithAComment() {
        logIn("committee2");
        browser.findElement(By.linkText("Governance")).click();
        String row = "#proposals tr[data-key='nomenclature'][data-version='" + version + "']";
        assertThat(HeadlessChromium.await(browser, By.cssSelector(row)).getText()).contains("committee", "your vote");
        browser.findElement(By.cssSelector(row + " a")).click();

        assertThat(HeadlessChromium.await(browser, By.id("status")).getText()).isEqualTo("in review");
        assertThat(browser.findElement(By.id("diff")).getText()).contains("+ required: [family_name, given_name]", "- required: [family_name]");
        browser.findElement(By.id("vote-comment")).sendKeys("given name is on every booking anyway");
        browser.findElement(By.id("approve")).click();

        assertThat(HeadlessChromium.await(browser, By.cssSelector(".notice")).getText()).contains("Your vote (approve) on nomenclature v" + version + " is recorded");
        assertThat(browser.findElement(By.id("votes")).getText()).contains("committee2", "approve", "given name is on every booking anyway");
        assertThat(browser.findElements(By.id("vote-form"))).as("one vote per member").isEmpty();
        assertThat(Http.user("committee").get("/api/v1/definitions/nomenclature/versions/" + version).json().get("votes").get(0)
                .get("comment").asText()).isEqualTo("given name is on every booking anyway");
    }

    @Test
    void theProposerSeesTheProposalWithoutAVoteFormAndAStewardIsRefused() {
        logIn("committee");
        browser.get(hub + "/ui/governance/definitions/nomenclature?version=" + version);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("in review");
        assertThat(browser.findElements(By.id("vote-form"))).isEmpty();

        logIn("steward");
        browser.get(hub + "/ui/governance");
        assertThat(HeadlessChromium.await(browser, By.tagName("h1")).getText()).isEqualTo("Forbidden");
    }

    @Test
    void theGlossaryListsTheDefinitionsInForce() {
        logIn("admin");
        browser.get(hub + "/ui/governance/glossary");
        assertThat(browser.findElement(By.id("glossary")).getText()).contains("contact-policy", "open cancellation in another silo", "nomenclature");
    }
}
