package org.offerbridge.ui.browsertests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless, each browser with a fresh profile of its own, all quit and their profiles deleted
 * on {@link #close()}. The flags keep it from calling out (this machine's network is closed) and from needing a GPU
 * or a sandbox (CI runs as root in a container).
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("offerbridge.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("offerbridge.chromedriver", "/usr/bin/chromedriver"));

    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    /** Skips the calling test class, saying what to install, when Chromium or its driver is missing. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "): apt-get install chromium chromium-driver");
    }

    /** A new browser of {@code width} x {@code height} in US English; {@code options} adds what a test needs. */
    synchronized WebDriver open(int width, int height, Consumer<ChromeOptions> options) throws IOException {
        Path profile = Files.createTempDirectory("ob-chromium-");
        profiles.add(profile);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
        options.accept(o);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, o);
        drivers.add(d);
        return d;
    }

    /** Quits one browser before the others, e.g. one a test opened for itself. */
    synchronized void quit(WebDriver driver) {
        drivers.remove(driver);
        driver.quit();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            for (WebDriver d : drivers) {
                d.quit();
            }
        } finally {
            drivers.clear();
            for (Path p : profiles) {
                KarafProcess.deleteTree(p);
            }
            profiles.clear();
        }
    }
}
