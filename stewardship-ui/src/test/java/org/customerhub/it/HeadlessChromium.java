package org.customerhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's Chromium, headless, driven by its chromedriver (nothing is downloaded: the machine may be offline), and
 * the steps every browser test takes: log in, wait for the page a click leads to.
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("hub-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** A click starts a navigation without waiting for it: wait for what the next page shows before reading it. */
    static void waitFor(WebDriver browser, ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    /** A demo user (password: the user name followed by -demo) through the login form, in a fresh session. */
    static void logIn(WebDriver browser, String user) {
        browser.manage().deleteAllCookies();
        browser.get(TestHub.get().url() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-demo");
        browser.findElement(By.id("login")).click();
        waitFor(browser, ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** The element once the page that has it is there (after a click that submits a form). */
    static WebElement await(WebDriver browser, By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /**
     * Clicks something that loads another page and waits until it has: looking at the page right after the click
     * could still find the old one, whose elements then go stale.
     */
    static void clickToNextPage(WebDriver browser, WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> isGone(page));
    }

    /**
     * Whether an element of the page before has gone with its page. Chromium 156 answers an element of a replaced
     * document with "Node with given id does not belong to the document" rather than a stale-element error.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }
}
