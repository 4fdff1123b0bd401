package org.customerhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Debian's Chromium and chromedriver, headless, with the flags this offline machine needs (STACK.md): no sandbox as
 * root, no background networking, a fresh profile per browser.
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static WebDriver open() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("hub-chromium-cleansing"));
            return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort().build(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs a demo user in through the login form (password: the user name followed by -demo). */
    static void logIn(WebDriver browser, String user) {
        browser.manage().deleteAllCookies();
        browser.get(TestHub.get().url() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-demo");
        browser.findElement(By.id("login")).click();
    }
}
