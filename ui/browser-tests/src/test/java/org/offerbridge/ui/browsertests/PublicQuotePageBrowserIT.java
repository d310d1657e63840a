package org.offerbridge.ui.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's public quote page in headless Chromium, against the distribution this build made: data is made over
 * the REST API with the demo workspace's key, the customer's side only through the page. Open and accept, decline with
 * a reason, accept through the plain form with JavaScript switched off (on a phone-sized screen), a form from another
 * site, a revoked link, and an expired link. Screenshots (desktop and 390x844) in target/screenshots/public-page-*.png.
 *
 * <p>One server for the class. Only the expiry test restarts it: no API or shell command moves a quote's validity into
 * the past (every path refuses a past date), so, as QuotesIT does in its OSGi container, the test ages the quote in the
 * database, here with the server stopped (embedded Derby allows one process), and then asks the server's own expiry
 * ({@code POST /quotes/expire-due}) to act.
 *
 * <p>Debug against a running server with {@code -Dofferbridge.ui.home=<karaf home> -Dofferbridge.ui.url=http://localhost:8391}
 * (the expiry test is skipped then).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicQuotePageBrowserIT {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("offerbridge.screenshots", "target/screenshots"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SKU = "PP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private static KarafProcess karaf;
    private static Path home;
    private static String baseUrl;
    private static String apiKey;
    private static final HeadlessChromium chromium = new HeadlessChromium();
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        String url = System.getProperty("offerbridge.ui.url");
        if (url != null) {
            baseUrl = url;
            home = Path.of(System.getProperty("offerbridge.ui.home"));
        } else {
            karaf = KarafProcess.unpack(Path.of(System.getProperty("offerbridge.distribution")),
                    Path.of(System.getProperty("offerbridge.work", "target/karaf") + "-public-page"));
            // this class makes about 30 anonymous calls a minute from one address (the shipped limit) and tests the page,
            // not the limiter
            karaf.platformProperty("anonymousRequestsPerMinute", "300");
            karaf.start();
            karaf.awaitReady(Duration.ofSeconds(150));
            baseUrl = karaf.baseUrl();
            home = karaf.home();
        }
        apiKey = field(Files.readString(home.resolve("data/demo-workspace.txt"), StandardCharsets.UTF_8), "API key");
        Files.createDirectories(SCREENSHOTS);
        awaitQuotes();

        // a product of our own and an 18 % tax, so the totals are known: 12 x 4.50 = 54.00 + 9.72 = 63.72
        HttpResponse<String> product = api("POST", "/api/v1/catalog/products", "{\"sku\":\"" + SKU + "\",\"name\":\"M8 hex bolt 40mm\","
                + "\"unit\":\"pcs\",\"price\":\"4.50\",\"currency\":\"INR\"}");
        assertEquals(201, product.statusCode(), product.body());
        HttpResponse<String> settings = api("PUT", "/api/v1/quotes/settings", "{\"defaultTaxRate\":18}");
        assertEquals(200, settings.statusCode(), settings.body());

        browser = openChromium(false, false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopAll() throws IOException {
        try {
            chromium.close();
        } finally {
            if (karaf != null) {
                karaf.close();
            }
        }
    }

    @Test
    @Order(1)
    void theCustomerOpensTheLinkSeesTheQuoteAndAccepts() throws Exception {
        Quote q = sentQuote("Sharma Traders", 12);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(q.url());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
        assertEquals("Quotation " + q.number(), browser.getTitle());
        String page = text(By.tagName("body"));
        assertTrue(page.contains("Quotation " + q.number()), page);
        assertTrue(page.contains("M8 hex bolt 40mm") && page.contains(SKU) && page.contains("12 pcs"), page);
        assertTrue(text(By.cssSelector("tr.t")).contains("63.72 INR"), text(By.cssSelector("tr.t")));
        assertTrue(page.contains("For Sharma Traders"), page);
        assertNoPolicyViolations();
        screenshot("public-page-01-open");
        phoneScreenshot("public-page-02-open-phone");
        assertEquals("viewed", status(q.id()));

        browser.findElement(By.id("accept-name")).sendKeys("Anil Sharma");
        browser.findElement(By.id("accept-button")).click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-accepted")));
        assertEquals("You accepted this quotation. Thank you!", done.getText());
        // post/redirect/get: the browser is back on the link itself, and reloading sends nothing again
        assertEquals(q.url(), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.tagName("form")).isEmpty(), "no decisions left to make");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-accepted")));
        screenshot("public-page-03-accepted");

        HttpResponse<String> quote = api("GET", "/api/v1/quotes/" + q.id(), null);
        assertEquals("accepted", json(quote.body(), "status"));
        assertEquals("Anil Sharma", json(quote.body(), "acceptedName"));
        String timeline = api("GET", "/api/v1/quotes/" + q.id() + "/timeline", null).body();
        assertEquals(List.of("quote.created", "quote.sent", "quote.viewed", "quote.accepted"), all(timeline, "type"));
        assertTrue(timeline.contains("\"detail\":\"accepted as Anil Sharma\""), timeline);
        assertTrue(timeline.contains("HeadlessChrome") || timeline.contains("Chrome"), "the browser is recorded: " + timeline);
    }

    @Test
    @Order(2)
    void theCustomerDeclinesAnotherQuoteWithAReason() throws Exception {
        Quote q = sentQuote("Verma Hardware", 3);
        browser.get(q.url());
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-reason")));
        reason.sendKeys("Too expensive – we found it for 4.10 € elsewhere");
        browser.findElement(By.id("reject-button")).click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-rejected")));
        assertEquals("You declined this quotation.", done.getText());
        screenshot("public-page-04-declined");

        HttpResponse<String> quote = api("GET", "/api/v1/quotes/" + q.id(), null);
        assertEquals("rejected", json(quote.body(), "status"));
        assertEquals("Too expensive – we found it for 4.10 € elsewhere", json(quote.body(), "rejectionReason"));
        assertEquals("quote.rejected", last(all(api("GET", "/api/v1/quotes/" + q.id() + "/timeline", null).body(), "type")));
    }

    @Test
    @Order(3)
    void withoutJavaScriptThePlainFormAcceptsAndExplainsAMissingName() throws Exception {
        WebDriver phone = openChromium(true, true);
        WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(30));
        // JavaScript is really off: a page's script does not run
        phone.get("data:text/html;charset=utf-8,<title>off</title><script>document.title='on'</script><p id=loaded>");
        phoneWait.until(ExpectedConditions.presenceOfElementLocated(By.id("loaded")));
        assertEquals("off", phone.getTitle());

        Quote q = sentQuote("Jürgen Müller GmbH", 5);
        phone.get(q.url());
        phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
        assertTrue(phone.findElement(By.tagName("body")).getText().contains(q.number()));
        // A name of spaces passes the browser's own "required" check; the server refuses it and says why. The form is
        // sent with the keyboard's Enter (a phone's "Go"): with JavaScript off, ChromeDriver's click() waits up to 30 s
        // for the page it navigated to, and its actions API hangs.
        phone.findElement(By.id("accept-name")).sendKeys("   " + Keys.ENTER);
        WebElement error = phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-name-error")));
        assertEquals("Please type your full name in the field \"Your full name\" to accept.", error.getText());
        assertEquals("true", phone.findElement(By.id("accept-name")).getAttribute("aria-invalid"));
        assertTrue(phone.getTitle().startsWith("Error: "), phone.getTitle());
        assertEquals("viewed", status(q.id()), "nothing was decided");
        shoot(phone, "public-page-05-nojs-phone-missing-name");

        WebElement name = phone.findElement(By.id("accept-name"));
        name.clear();
        name.sendKeys("Jürgen Müller" + Keys.ENTER);
        WebElement done = phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-accepted")));
        assertTrue(done.getText().startsWith("You accepted"), done.getText());
        assertEquals(q.url(), phone.getCurrentUrl());
        shoot(phone, "public-page-06-nojs-phone-accepted");

        HttpResponse<String> quote = api("GET", "/api/v1/quotes/" + q.id(), null);
        assertEquals("accepted", json(quote.body(), "status"));
        assertEquals("Jürgen Müller", json(quote.body(), "acceptedName"), "the form's UTF-8 arrives intact");
        chromium.quit(phone);
    }

    @Test
    @Order(4)
    void aFormOnAnotherSiteCannotDecide() throws Exception {
        Quote q = sentQuote("Mallory Target", 1);
        // a page of another origin that posts the accept form as soon as it loads
        String attack = "<form method=post action='" + q.url() + "/accept'><input name=name value=Mallory></form>"
                + "<script>document.forms[0].submit()</script>";
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(attack, StandardCharsets.UTF_8).replace("+", "%20"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Please use the quotation page"));
        assertEquals("sent", status(q.id()), "not accepted, and not even viewed");
        browser.findElement(By.linkText("Open the quotation")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
        assertEquals(q.url(), browser.getCurrentUrl());
        assertEquals("viewed", status(q.id()));
    }

    @Test
    @Order(5)
    void aRevokedLinkShowsTheInvalidPage() throws Exception {
        Quote q = sentQuote("Revoked Buyer", 2);
        HttpResponse<String> revoked = api("POST", "/api/v1/quotes/" + q.id() + "/links/" + q.linkId() + "/revoke", null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        browser.get(q.url());
        WebElement invalid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-invalid")));
        assertTrue(invalid.getText().contains("This link is not valid"), invalid.getText());
        assertFalse(browser.findElement(By.tagName("body")).getText().contains(q.number()), "nothing of the quote");
        assertTrue(browser.findElements(By.tagName("form")).isEmpty());
        phoneScreenshot("public-page-07-revoked-phone");
        assertEquals(404, formPost(q.url() + "/accept", "name=Anil").statusCode());
        assertEquals("sent", status(q.id()));
    }

    @Test
    @Order(6)
    void anExpiredLinkShowsTheExpiredPageAndRefusesAccept() throws Exception {
        assumeTrue(karaf != null, "ages a quote in the database with the server stopped: needs the server this test started");
        Quote q = sentQuote("Late Buyer", 4);
        browser.get(q.url());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
        assertEquals("viewed", status(q.id()));

        // time passes: the quote's last valid day moves to the day before yesterday
        karaf.close();
        ageQuote(q.id(), LocalDate.now(ZoneOffset.UTC).minusDays(2));
        karaf.start();
        karaf.awaitReady(Duration.ofSeconds(150));
        awaitQuotes();
        HttpResponse<String> expired = api("POST", "/api/v1/quotes/expire-due", null);
        assertEquals(200, expired.statusCode(), expired.body());
        assertEquals("expired", status(q.id()));

        browser.get(q.url());
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-expired")));
        assertTrue(notice.getText().contains("This quotation has expired"), notice.getText());
        assertTrue(notice.getText().contains("Please ask the seller for a new quotation."), notice.getText());
        assertTrue(browser.findElements(By.tagName("form")).isEmpty(), "no accept on an expired quote");
        assertTrue(text(By.tagName("body")).contains(q.number()), "still shows what was offered");
        screenshot("public-page-08-expired");
        phoneScreenshot("public-page-09-expired-phone");

        // accepting anyway is refused, as JSON and as the form
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(q.url() + "/accept")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Late Buyer\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(409, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> form = formPost(q.url() + "/accept", "name=Late+Buyer");
        assertEquals(409, form.statusCode());
        assertTrue(form.body().contains("Nothing was changed") && form.body().contains("This quotation has expired"), form.body());
        assertEquals("expired", status(q.id()));
        assertEquals("quote.expired", last(all(api("GET", "/api/v1/quotes/" + q.id() + "/timeline", null).body(), "type")));
    }

    // --- helpers ---

    private record Quote(String id, String number, String url, String linkId) {
    }

    /** A quote made and sent over REST; its link addressed to this test's server. */
    private static Quote sentQuote(String customer, int quantity) throws Exception {
        HttpResponse<String> created = api("POST", "/api/v1/quotes", "{\"customer\":{\"name\":\"" + customer + "\"},\"currency\":\"INR\","
                + "\"lines\":[{\"sku\":\"" + SKU + "\",\"quantity\":" + quantity + "}]}");
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created.body(), "id");
        HttpResponse<String> sent = api("POST", "/api/v1/quotes/" + id + "/send", "{}");
        assertEquals(200, sent.statusCode(), sent.body());
        String publicUrl = json(sent.body(), "publicUrl");
        assertTrue(publicUrl.contains("/api/v1/q/"), publicUrl);
        Matcher link = Pattern.compile("\"links\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(sent.body());
        assertTrue(link.find(), sent.body());
        return new Quote(id, json(created.body(), "number"), baseUrl + publicUrl.substring(publicUrl.indexOf("/api/v1/q/")), link.group(1));
    }

    /** The UI answers before every capability's REST resources are registered: wait for the quotes. */
    private static void awaitQuotes() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 90; i++) {
            last = api("GET", "/api/v1/quotes?limit=1", null);
            if (last.statusCode() == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("GET /api/v1/quotes answered " + last.statusCode() + ": " + last.body()
                + (karaf == null ? "" : "\n" + karaf.logTail()));
    }

    private static String status(String quoteId) throws Exception {
        return json(api("GET", "/api/v1/quotes/" + quoteId, null).body(), "status");
    }

    /**
     * An API call with the demo key, sent again while the JAX-RS whiteboard is still building the application at boot
     * (CXF's "No service was found" 404, JAX-RS's unmatched-path 404 of type http-404, and the gateway's
     * capability-not-installed 404 never reached a resource, so nothing is done twice).
     */
    private static HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 60; i++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + apiKey);
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            last = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean unrouted = last.statusCode() == 404
                    && (last.body().contains("No service was found") || last.body().contains("/problems/http-404")
                            || last.body().contains("capability-not-installed"));
            boolean notYet = last.statusCode() == 503;
            if (!unrouted && !notYet) {
                return last;
            }
            Thread.sleep(1000);
        }
        return last;
    }

    /** A form post as a plain HTTP client makes it (no browser, so no fetch metadata). */
    private static HttpResponse<String> formPost(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Moves a quote's last valid day in the stopped server's embedded Derby database, with the Derby of the
     * distribution itself (its jars under system/), then shuts the database down so the server can open it again.
     */
    private static void ageQuote(String quoteId, LocalDate validUntil) throws Exception {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> s = Files.walk(home.resolve("system/org/apache/derby"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".jar")).toList()) {
                jars.add(p.toUri().toURL());
            }
        }
        String db = "jdbc:derby:" + home.resolve("data/derby/offerbridge");
        System.setProperty("derby.stream.error.file", home.resolve("data/derby-test.log").toString());
        try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Driver derby = (Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver", true, loader).getDeclaredConstructor()
                    .newInstance();
            try (Connection c = derby.connect(db, new Properties());
                    PreparedStatement s = c.prepareStatement("UPDATE OB_QUOTE SET VALIDUNTIL = ? WHERE ID = ?")) {
                s.setLong(1, validUntil.toEpochDay());
                s.setString(2, quoteId);
                assertEquals(1, s.executeUpdate());
            }
            try {
                derby.connect(db + ";shutdown=true", new Properties());
            } catch (SQLException e) {
                // 08006: the database was shut down, as asked
                assertEquals("08006", e.getSQLState(), e.toString());
            }
        }
    }

    /** A Chromium of its own profile; {@code phone}: 390x844 at 2x with a phone's user agent. */
    private static WebDriver openChromium(boolean javascriptOff, boolean phone) throws IOException {
        return chromium.open(1280, 900, options -> {
            if (javascriptOff) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            if (phone) {
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0),
                        "userAgent", "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"));
            }
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
    }

    /** The page's own style and script ran under its Content-Security-Policy: the console reports no refusal. */
    private static void assertNoPolicyViolations() {
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            assertFalse(e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to"), e.getMessage());
        }
        Object script = ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('tr.t td')).fontWeight;");
        assertEquals("600", String.valueOf(script), "the inline style applies");
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static void screenshot(String name) {
        shoot(browser, name);
    }

    /** The same page at a phone's size (390x844); the window is restored after. */
    private static void phoneScreenshot(String name) {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            shoot(browser, name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** The viewport as it is (no scrolling: with JavaScript off, WebDriver's scripts wait for their timeout). */
    private static void shoot(WebDriver d, String name) {
        try {
            Path png = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("Could not save screenshot " + name, e);
        }
    }

    /** The first string value of a top-level JSON field (the answers here are flat enough for that). */
    private static String json(String body, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
        assertTrue(m.find(), name + " in " + body);
        return m.group(1);
    }

    private static List<String> all(String body, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static String last(List<String> values) {
        assertFalse(values.isEmpty());
        return values.get(values.size() - 1);
    }

    private static String field(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*:\\s*(\\S+)\\s*$").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(name + " missing in demo-workspace.txt");
        }
        return m.group(1);
    }
}
