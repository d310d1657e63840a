package org.offerbridge.ui.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

/**
 * The request-for-quote form in headless Chromium against the real distribution: an admin switches the form on in its
 * settings view and copies the embed snippet; a plain page of another origin (a tiny local HTTP server, the seller's
 * website) carries the snippet, whose button opens the form in an overlay; a customer fills it (a quantity, an option
 * where the product has one, a file), sends it and sees the thank-you page with a reference; the request arrives on the
 * webform channel (REST) and the Requests view lists it alone with its channel filter. Then the same form with
 * JavaScript off, reached through the snippet's plain link, in a phone-sized window (412 px), and the form's page at
 * phone width without sideways scrolling. Screenshots in target/screenshots (rfq-*).
 *
 * <p>The form's minimum fill time is set to 0 for this server (etc/org.offerbridge.rfqform.cfg before the first start):
 * a browser driven by a test fills faster than people do, and the refusal of fast posts is the integration tests' subject.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RfqFormBrowserIT {
    private static final String LABEL = "Ask us for a price";

    private static KarafProcess karaf;
    private static String baseUrl;
    private static String email;
    private static String password;
    private static String apiKey;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static VaadinPage page;
    private static HttpServer shop;
    private static String shopUrl;
    private static String formUrl;
    private static Path drawing;
    private static final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path home;
        String url = System.getProperty("offerbridge.ui.url");
        if (url != null) {
            baseUrl = url;
            home = Path.of(System.getProperty("offerbridge.ui.home"));
        } else {
            karaf = KarafProcess.unpack(Path.of(System.getProperty("offerbridge.distribution")),
                    Path.of(System.getProperty("offerbridge.work", "target/karaf") + "-rfq-form"));
            // the shipped file with the fill time at 0 (the feature keeps a file that is there: override="false")
            Files.writeString(karaf.home().resolve("etc/org.offerbridge.rfqform.cfg"), "dailyCap=200\nminFillSeconds=0\nmaxFormAgeHours=24\n");
            karaf.start();
            karaf.awaitReady(Duration.ofSeconds(150));
            baseUrl = karaf.baseUrl();
            home = karaf.home();
        }
        String demo = Files.readString(home.resolve("data/demo-workspace.txt"), StandardCharsets.UTF_8);
        email = VaadinPage.demoField(demo, "Login");
        password = VaadinPage.demoField(demo, "Password");
        apiKey = VaadinPage.demoField(demo, "API key");
        driver = chromium.open(1400, 950, options -> { });
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        page = new VaadinPage(driver, wait);
        drawing = Files.createTempFile("rfq-drawing-", ".pdf");
        Files.writeString(drawing, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", StandardCharsets.US_ASCII);
    }

    @AfterAll
    static void stopAll() throws IOException {
        try {
            chromium.close();
        } finally {
            if (shop != null) {
                shop.stop(0);
            }
            if (drawing != null) {
                Files.deleteIfExists(drawing);
            }
            if (karaf != null) {
                karaf.close();
            }
        }
    }

    @Test
    @Order(1)
    void anAdminSwitchesTheFormOnAndACustomerSendsItFromTheSellersPage() throws Exception {
        logIn();
        page.open("rfq-form");
        assertNoErrorNotification();
        assertTrue(page.textOf("rfq-state").contains("switched off"), page.textOf("rfq-state"));
        page.scrollTo("rfq-enabled");
        driver.findElement(By.cssSelector("#rfq-enabled label")).click();
        page.awaitIdle();
        page.type("rfq-button-label", LABEL);
        page.type("rfq-customer-text", "Tell us what you need; we answer within a day.");
        page.click("rfq-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rfq-state"), "switched on"));
        assertNoErrorNotification();
        page.screenshot("rfq-01-settings");

        formUrl = valueOf("rfq-form-url");
        String snippet = valueOf("rfq-embed");
        assertTrue(formUrl.startsWith(baseUrl + "/"), formUrl);
        assertTrue(snippet.contains("<script") && snippet.contains(formUrl + "/embed.js") && snippet.contains("<noscript>"), snippet);
        assertTrue(valueOf("rfq-product-link").startsWith(formUrl + "?sku="), valueOf("rfq-product-link"));
        String settings = api("GET", "/api/v1/rfq-form/settings").body();
        assertTrue(settings.contains("\"enabled\":true") && settings.contains(LABEL), settings);

        // the seller's website: another origin, the snippet pasted as is
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] html = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Shop</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body><h1>Anchor bolts and more</h1><p>Our products, made to order.</p>" + snippet + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        shop.createContext("/", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, html.length);
            ex.getResponseBody().write(html);
            ex.close();
        });
        shop.start();
        shopUrl = "http://127.0.0.1:" + shop.getAddress().getPort() + "/";

        driver.get(shopUrl);
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.offerbridge-rfq-button")));
        assertEquals(LABEL, button.getText());
        button.click();
        WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=dialog] iframe")));
        driver.switchTo().frame(frame);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-name")));
        assertTrue(driver.getPageSource().contains("we answer within a day"), "the customer text is shown");
        driver.switchTo().defaultContent();
        page.screenshot("rfq-02-overlay");
        driver.switchTo().frame(frame);

        String message = "Please quote anchor bolts for our new hall (browser test " + System.nanoTime() + ")";
        Filled filled = fillAndSend("Asha Rao", "asha@customer.example", "12", message, null);
        WebElement reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
        String ref = referenceIn(reference.getText());
        driver.switchTo().defaultContent();
        page.screenshot("rfq-03-thank-you");

        // the request arrived on the webform channel, with the customer's message and the chosen option if there was one
        String request = waitForRequest("asha@customer.example");
        assertTrue(request.contains("\"channel\":\"webform\""), request);
        assertTrue(request.contains(ref) || request.contains(message), "the customer's request: " + request);
        assertTrue(request.contains("\"sku\":\"" + filled.sku() + "\""), "the product with a quantity is a line: " + request);
        if (filled.option() != null) {
            assertTrue(request.contains(filled.option()), "the chosen option is kept: " + request);
        }

        // the dashboard counts it among the web form requests waiting for staff
        logIn();
        page.open("dashboard");
        WebElement waiting = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-rfq-waiting")));
        assertTrue(Integer.parseInt(waiting.getAttribute("textContent").strip()) >= 1, "the form's request waits: " + request);

        // the Requests view lists web form requests alone
        page.open("requests");
        chooseInComboBox("requests-channel-filter", "Web form");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests-grid"), "Asha Rao"));
        assertTrue(page.textOf("requests-count").contains("from this channel"), page.textOf("requests-count"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#requests-grid tbody tr"));
        for (WebElement row : rows) {
            assertTrue(row.getText().isBlank() || row.getText().contains("Web form"), "only web form requests: " + row.getText());
        }
        assertNoErrorNotification();
        page.screenshot("rfq-04-requests-webform");
    }

    @Test
    @Order(2)
    void withoutJavaScriptThePlainLinkOpensTheFormAndItWorksOnAPhone() throws Exception {
        assertTrue(formUrl != null && shopUrl != null, "the first test switched the form on");
        WebDriver phone = chromium.open(412, 915, o -> o.addArguments("--blink-settings=scriptEnabled=false"));
        WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(30));
        VaadinPage phonePage = new VaadinPage(phone, phoneWait);
        phone.get(shopUrl);
        WebElement link = phoneWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='" + formUrl + "']")));
        assertEquals(LABEL, link.getText());
        assertTrue(phone.findElements(By.cssSelector("button.offerbridge-rfq-button")).isEmpty(), "no script ran");
        phonePage.screenshot("rfq-05-noscript-link");
        Set<String> before = new HashSet<>(phone.getWindowHandles());
        link.click();
        phoneWait.until(d -> d.getWindowHandles().size() > before.size());
        String opened = phone.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
        phone.switchTo().window(opened);
        phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-name")));
        phonePage.screenshot("rfq-06-noscript-form-phone");

        WebDriver desktop = driver;
        WebDriverWait desktopWait = wait;
        driver = phone;
        wait = phoneWait;
        try {
            Filled filled = fillAndSend("Ravi Kumar", "ravi@customer.example", "3", "Please quote 3 hex bolts M10x50, no scripts here (browser test)",
                    () -> phonePage.screenshot("rfq-06b-noscript-filled-phone"));
            String ref = referenceIn(phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText());
            phonePage.screenshot("rfq-07-noscript-thank-you-phone");
            String request = waitForRequest("ravi@customer.example");
            assertTrue(request.contains("\"channel\":\"webform\""), request);
            assertTrue(request.contains(ref) || request.contains("no scripts here"), request);
            assertTrue(request.contains("\"sku\":\"" + filled.sku() + "\""), "the product with a quantity is a line: " + request);
        } finally {
            driver = desktop;
            wait = desktopWait;
            chromium.quit(phone);
        }

        // the form at phone width: nothing wider than the screen
        driver.manage().window().setSize(new Dimension(412, 915));
        driver.get(formUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send")));
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "the form scrolls sideways at 412 px");
        page.screenshot("rfq-08-form-phone");
    }

    /**
     * Fills the open form as a customer: name, email, a quantity for the first product, its options where it has any (the
     * second value), the message and the drawing; sends it. Returns that product's SKU and the option value chosen (or null).
     */
    private static Filled fillAndSend(String name, String address, String quantity, String message, Runnable beforeSending) {
        typeInto("f-name", name);
        typeInto("f-email", address);
        List<WebElement> quantities = driver.findElements(By.cssSelector("input[id^='f-items.'][id$='.quantity']"));
        assertTrue(!quantities.isEmpty(), "the form offers the catalog's products");
        WebElement first = quantities.get(0);
        scrollIntoView(first);
        first.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, quantity);
        String chosen = null;
        String sku = driver.findElement(By.name(first.getAttribute("name").replace(".quantity", ".sku"))).getAttribute("value");
        String prefix = first.getAttribute("id").replace(".quantity", ".option.");
        for (WebElement option : driver.findElements(By.cssSelector("select[id^='" + prefix + "']"))) {
            Select select = new Select(option);
            if (select.getOptions().size() > 1) {
                select.selectByIndex(1);
                chosen = select.getFirstSelectedOption().getAttribute("value");
            }
        }
        typeInto("f-message", message);
        WebElement files = driver.findElement(By.id("f-files"));
        files.sendKeys(drawing.toAbsolutePath().toString());
        WebElement send = driver.findElement(By.id("send"));
        scrollIntoView(send);
        if (beforeSending != null) {
            beforeSending.run();
        }
        send.click();
        return new Filled(sku, chosen);
    }

    private record Filled(String sku, String option) {
    }

    private static void typeInto(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        scrollIntoView(e);
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
    }

    /** Scrolls with the keyboard-free WebDriver action, which needs no script of the page (JavaScript may be off). */
    private static void scrollIntoView(WebElement e) {
        new org.openqa.selenium.interactions.Actions(driver).scrollToElement(e).perform();
    }

    private static String referenceIn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("RFQ-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(text);
        assertTrue(m.find(), "a reference on the thank-you page: " + text);
        return m.group();
    }

    /**
     * The intake request of the form's conversation with this customer, as GET /api/v1/requests?conversation= answers it
     * (polled: the submission reaches the conversation and is parsed after the thank-you page).
     */
    private static String waitForRequest(String customerEmail) {
        String[] found = new String[1];
        String[] seen = new String[1];
        new WebDriverWait(driver, Duration.ofSeconds(90)).withMessage(() -> "no request of " + customerEmail + "; last seen: " + seen[0]).until(d -> {
            try {
                String channelId = jsonField(api("GET", "/api/v1/rfq-form/settings").body(), "channelId");
                String conversations = api("GET", "/api/v1/conversations?channel=" + channelId).body();
                seen[0] = conversations;
                // each item: {"id":"<conversation>","channel":{...},"contact":{...,"email":"..."},...}
                java.util.regex.Matcher item = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\",\"channel\":\\{").matcher(conversations);
                List<Integer> starts = new java.util.ArrayList<>();
                List<String> ids = new java.util.ArrayList<>();
                while (item.find()) {
                    starts.add(item.start());
                    ids.add(item.group(1));
                }
                for (int i = 0; i < ids.size(); i++) {
                    String c = conversations.substring(starts.get(i), i + 1 < ids.size() ? starts.get(i + 1) : conversations.length());
                    if (c.contains("\"" + customerEmail + "\"")) {
                        String conversationId = ids.get(i);
                        String requests = api("GET", "/api/v1/requests?conversation=" + conversationId).body();
                        seen[0] = conversations + "\nrequests: " + requests;
                        int at = requests.indexOf("{\"id\":\"");
                        if (at >= 0 && !requests.contains("\"status\":\"received\"")) {
                            String id = requests.substring(at + 7, requests.indexOf('"', at + 7));
                            found[0] = api("GET", "/api/v1/requests/" + id).body();
                            return true;
                        }
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return found[0];
    }

    /** Logs in unless the browser already is. */
    private static void logIn() {
        driver.get(baseUrl + "/ui/");
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("login-email")).isEmpty()
                || !d.findElements(By.id("menu-rfq-form")).isEmpty());
        if (!driver.findElements(By.id("login-email")).isEmpty()) {
            page.type("login-email", email);
            page.type("login-password", password);
            page.click("login-button");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-dashboard")));
        }
    }

    /** Opens a Vaadin combo box's list and picks the entry with this caption. */
    private static void chooseInComboBox(String id, String caption) {
        page.scrollTo(id);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " .v-filterselect-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='VAADIN_COMBOBOX_OPTIONLIST']//td[normalize-space(.)='" + caption + "']"))).click();
        page.awaitIdle();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("VAADIN_COMBOBOX_OPTIONLIST")));
    }

    /** A string field anywhere in {@code json}, or null. */
    private static String jsonField(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + java.util.regex.Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String valueOf(String id) {
        page.scrollTo(id);
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getAttribute("value");
    }

    private static HttpResponse<String> api(String method, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertNoErrorNotification() {
        String error = page.errorNotification();
        assertNull(error, () -> "error notification: " + error + (karaf == null ? "" : "\n" + karaf.logTail()));
    }
}
