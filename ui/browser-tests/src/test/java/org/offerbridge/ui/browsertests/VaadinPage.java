package org.offerbridge.ui.browsertests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the admin UI's browser tests do on a page, the way a user does it: through the menu, typing over a field's text,
 * clicking only what is visible and uncovered, and waiting until Vaadin has no request in flight after each step.
 */
final class VaadinPage {
    static final Path SCREENSHOTS = Path.of(System.getProperty("offerbridge.screenshots", "target/screenshots"));

    private final WebDriver driver;
    private final WebDriverWait wait;

    VaadinPage(WebDriver driver, WebDriverWait wait) throws IOException {
        this.driver = driver;
        this.wait = wait;
        Files.createDirectories(SCREENSHOTS);
    }

    /** A "Name: value" line of the server's data/demo-workspace.txt. */
    static String demoField(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*:\\s*(\\S+)\\s*$").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(name + " missing in demo-workspace.txt");
        }
        return m.group(1);
    }

    /** Navigates through the menu and waits for the view. */
    void open(String view) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-" + view))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-" + view)));
        awaitIdle();
    }

    /**
     * Replaces a field's text as a user does (select all, type): a separate clear() would send an empty value that the
     * server may echo back over the typed text.
     */
    void type(String id, String text) {
        scrollTo(id);
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
        awaitIdle();
    }

    /** Clicks as a user does: WebDriver refuses when anything (a notification) covers the element. */
    void click(String id) {
        scrollTo(id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        awaitIdle();
    }

    /** An element's text, wherever it is in the view's scrolling area (WebDriver's getText is empty off screen). */
    String textOf(String id) {
        scrollTo(id);
        return driver.findElement(By.id(id)).getText().strip();
    }

    /** Scrolls an element below the fold of the view's scrolling area into sight: WebDriver counts it hidden otherwise. */
    void scrollTo(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    }

    /** Waits until Vaadin has no request in flight. */
    void awaitIdle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.vaadin || !window.vaadin.clients) return true;"
                        + "for (var c in window.vaadin.clients) { if (window.vaadin.clients[c].isActive()) return false; } return true;")));
    }

    /** The text of the first error notification shown, or null. */
    String errorNotification() {
        List<WebElement> errors = driver.findElements(By.cssSelector(".v-Notification.error, .v-Notification-error"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    void screenshot(String name) {
        try {
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("Could not save screenshot " + name, e);
        }
    }
}
