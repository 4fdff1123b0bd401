package org.customerhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/** Headless Chromium from the machine's packages (no download), with the flags a closed network needs. */
final class Browser {
    private Browser() {
    }

    static WebDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("hub-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Clicks something that loads another page and waits until it has: looking at the page right after the click
     * could still find the old one, whose elements then go stale.
     */
    static void clickToNextPage(WebDriver browser, WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Logs a demo user in (password: the user name followed by -demo), starting from a clean session. */
    static void logIn(WebDriver browser, String user) {
        browser.manage().deleteAllCookies();
        browser.get(TestHub.get().url() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-demo");
        browser.findElement(By.id("login")).click();
        // the form posts and redirects; wait for the page it leads to before the test looks at it
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login")
                || !d.findElements(By.cssSelector(".error")).isEmpty());
    }
}
