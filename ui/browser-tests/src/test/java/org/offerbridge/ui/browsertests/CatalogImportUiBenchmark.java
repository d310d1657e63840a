package org.offerbridge.ui.browsertests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Run by hand, not in CI: imports a generated catalog of {@code -Dofferbridge.bench.rows} rows (e.g. 100000)
 * through the admin UI of a running server and prints how long it took, with screenshots of the progress bar
 * while it runs and of the result.
 *
 * <pre>
 * mvn -B -o verify -pl ui/browser-tests -Dit.test=CatalogImportUiBenchmark -Dofferbridge.bench.rows=100000 \
 *     -Dofferbridge.ui.url=http://localhost:8181 -Dofferbridge.ui.home=karaf-assembly/target/assembly
 * </pre>
 */
class CatalogImportUiBenchmark {

    @Test
    void importsAGeneratedCatalogThroughTheUi() throws Exception {
        String rowsProperty = System.getProperty("offerbridge.bench.rows");
        assumeTrue(rowsProperty != null, "a benchmark run by hand: set -Dofferbridge.bench.rows and -Dofferbridge.ui.url");
        int rows = Integer.parseInt(rowsProperty);
        String url = System.getProperty("offerbridge.ui.url", "http://localhost:8181");
        Path home = Path.of(System.getProperty("offerbridge.ui.home", "../../karaf-assembly/target/assembly"));
        String demo = Files.readString(home.resolve("data/demo-workspace.txt"), StandardCharsets.UTF_8);

        Path csv = Files.createTempFile("bench-catalog-", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("sku,name,aliases,unit,price,currency,stock,tax_rate\n");
            for (int i = 1; i <= rows; i++) {
                w.write("UI-" + i + ",Benchmark product " + i + " in stainless steel,bench " + i + "|alias " + i + ",pcs,"
                        + (i % 900) + "." + (i % 100) + ",EUR," + (i % 50) + ",19\n");
            }
        }
        Path shots = Path.of(System.getProperty("offerbridge.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        HeadlessChromium.assumeInstalled();
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            WebDriver driver = chromium.open(1400, 950, options -> { });
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            driver.get(url + "/ui/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email"))).sendKeys(field(demo, "Login"));
            driver.findElement(By.id("login-password")).sendKeys(field(demo, "Password"));
            driver.findElement(By.id("login-button")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-catalog"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("catalog-import"))).click();
            WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#catalog-import-upload input[type=file]")));
            long started = System.nanoTime();
            input.sendKeys(csv.toAbsolutePath().toString());
            WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-import-status")));
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> status.getText().contains("rows read"));
            shot(driver, shots.resolve("bench-catalog-import-progress.png"));
            Object progress = ((JavascriptExecutor) driver).executeScript(
                    "var w = document.querySelector('#catalog-import-progress .v-progressbar-indicator'); return w ? w.style.width : null;");
            new WebDriverWait(driver, Duration.ofMinutes(10)).until(d -> status.getText().startsWith("Done"));
            double seconds = (System.nanoTime() - started) / 1e9;
            shot(driver, shots.resolve("bench-catalog-import-done.png"));
            System.out.printf("UI import of %d rows: %.1f s from choosing the file to the result (progress seen at %s); %s%n",
                    rows, seconds, progress, status.getText());
            assertTrue(status.getText().contains(String.format("%,d", rows)) || status.getText().contains(Integer.toString(rows)),
                    status.getText());
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static String field(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*:\\s*(\\S+)\\s*$").matcher(text);
        assertTrue(m.find(), name + " in demo-workspace.txt");
        return m.group(1);
    }

    private static void shot(WebDriver driver, Path file) throws java.io.IOException {
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
