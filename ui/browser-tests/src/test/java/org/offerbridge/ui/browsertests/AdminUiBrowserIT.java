package org.offerbridge.ui.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Boots the distribution this build made and drives the admin UI in headless Chromium: login, every platform
 * view (screenshots in target/screenshots), the German UI chosen in My profile, and a capability view that appears when its feature
 * is hot-deployed and disappears when it is removed, without a restart.
 *
 * <p>Debug against a running server with {@code -Dofferbridge.ui.home=<karaf home> -Dofferbridge.ui.url=http://localhost:8391}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminUiBrowserIT {
    private static final String SYSTEM_MESSAGES_FEATURE = "offerbridge-system-messages";
    private static final String DEPLOY_FILE = "offerbridge-browser-test-features.xml";

    private static KarafProcess karaf;
    private static Path home;
    private static String baseUrl;
    private static String email;
    private static String password;
    private static String apiKey;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static VaadinPage page;
    private static final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        String url = System.getProperty("offerbridge.ui.url");
        if (url != null) {
            baseUrl = url;
            home = Path.of(System.getProperty("offerbridge.ui.home"));
        } else {
            karaf = KarafProcess.unpack(Path.of(System.getProperty("offerbridge.distribution")),
                    Path.of(System.getProperty("offerbridge.work", "target/karaf")));
            // Installed later by hot deploy, to see its view appear and disappear.
            karaf.removeBootFeature(SYSTEM_MESSAGES_FEATURE);
            karaf.start();
            karaf.awaitReady(Duration.ofSeconds(150));
            baseUrl = karaf.baseUrl();
            home = karaf.home();
        }
        readDemoLogin(home.resolve("data/demo-workspace.txt"));

        driver = chromium.open(1400, 950, options -> { });
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        page = new VaadinPage(driver, wait);
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
    void wrongPasswordIsRejectedWithOneAnswer() {
        driver.get(baseUrl + "/ui/");
        // The first load fetches Vaadin's widgetset and theme; on a busy 2-core CI machine that takes a while.
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email")));
        login(email, "not the password");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-message")));
        assertTrue(message.getText().contains("Wrong email or password"), message.getText());
        page.screenshot("01-login-failed");
    }

    @Test
    @Order(2)
    void logsInAndShowsEveryPlatformView() {
        driver.get(baseUrl + "/ui/");
        login(email, password);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-dashboard")));
        assertEquals("Demo Trading Co", driver.findElement(By.id("header-workspace")).getText());
        assertThemeLoaded();
        assertNoErrorNotification();
        page.screenshot("02-dashboard");
        int n = 3;
        for (String view : List.of("users", "api-keys", "settings", "billing")) {
            open(view);
            page.screenshot(String.format("%02d-%s", n++, view));
        }
    }

    @Test
    @Order(3)
    void createsAnApiKeyShownOnce() {
        open("api-keys");
        page.type("apikey-name", "Browser test key");
        page.click("apikey-create");
        WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-value")));
        assertTrue(secret.getAttribute("value").startsWith("obk_"), "key shown once");
        page.screenshot("07-api-key-created");
        page.click("secret-close");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret-value")));
        assertTrue(driver.findElement(By.id("apikeys-grid")).getText().contains("Browser test key"));
        assertNoErrorNotification();
    }

    @Test
    @Order(4)
    void invitesAColleague() {
        open("users");
        page.type("invite-email", "colleague@demo.offerbridge.local");
        page.click("invite-button");
        WebElement token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-value")));
        assertFalse(token.getAttribute("value").isBlank());
        page.click("secret-close");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations-grid"), "colleague@demo.offerbridge.local"));
        assertNoErrorNotification();
        page.screenshot("08-users-invited");
    }

    @Test
    @Order(5)
    void speaksTheLanguageTheStaffMemberChoseInTheirProfile() {
        open("dashboard");
        page.click("header-user");
        chooseInComboBox("preferences-language", "Deutsch");
        page.click("preferences-save");
        // The page reloads in the staff member's language; the workspace's locale (for documents) is not involved.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu-dashboard"), "Übersicht"));
        open("dashboard");
        page.screenshot("09-dashboard-de");
        open("requests");
        assertTrue(driver.findElement(By.id("menu-requests")).getText().contains("Anfragen"), driver.findElement(By.id("menu-requests")).getText());
        assertTrue(driver.findElement(By.id("requests-hint")).getText().startsWith("Wählen Sie"));
        page.click("header-user");
        chooseInComboBox("preferences-language", "English");
        page.click("preferences-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu-dashboard"), "Dashboard"));
        assertNoErrorNotification();
    }

    @Test
    @Order(6)
    void importsACatalogCsvWithProgressAndFindsAProduct() throws IOException {
        open("dashboard");
        int productsBefore = firstNumber(driver.findElement(By.id("dashboard-products")).getText());
        Path csv = Files.createTempFile("catalog-", ".csv");
        Files.writeString(csv, String.join("\n",
                "sku,name,aliases,unit,price,currency,stock,tax_rate",
                "HB-M8-40,M8 hex bolt 40mm,hex bolt M8x40|bolt 40,pcs,4.50,INR,1200,18",
                "HB-M8-60,M8 hex bolt 60mm,hex bolt M8x60,pcs,5.10,INR,800,18",
                "PVC-TAPE,PVC insulation tape 19mm,tape|insulation tape,roll,35,INR,80,18",
                "BAD-1,Broken line,,pcs,-2,INR,1,18", ""), StandardCharsets.UTF_8);
        open("catalog");
        page.click("catalog-import");
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#catalog-import-upload input[type=file]")));
        input.sendKeys(csv.toAbsolutePath().toString());
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-import-status")));
        wait.until(d -> status.getText().startsWith("Done"));
        assertTrue(status.getText().contains("3 new") && status.getText().contains("1 skipped"), status.getText());
        assertTrue(driver.findElement(By.id("catalog-import-errors")).getText().contains("price must not be negative"));
        page.screenshot("10-catalog-import");
        page.click("catalog-import-close");
        Files.delete(csv);

        page.type("catalog-search", "m8x60");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog-count"), "One product"));
        WebElement grid = driver.findElement(By.id("catalog-grid"));
        wait.until(ExpectedConditions.textToBePresentInElement(grid, "HB-M8-60"));
        assertFalse(grid.getText().contains("HB-M8-40"), "the search narrows to the matching product");
        page.screenshot("11-catalog-search");

        grid.findElement(By.xpath(".//td[contains(., 'HB-M8-60')]")).click();
        WebElement price = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("product-price")));
        assertEquals("5.10", price.getAttribute("value"));
        page.type("product-price", "-1");
        page.click("product-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#product-price.v-textfield-error")));
        assertEquals("Price must not be negative.", driver.findElement(By.id("product-form-problem")).getText());
        page.screenshot("12-catalog-product-error");
        page.type("product-price", "5.25");
        page.click("product-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("product-price")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalog-grid"), "5.25"));

        // the catalog's figure on the dashboard counts the three imported products on top of the demo catalog
        open("dashboard");
        assertEquals(productsBefore + 3, firstNumber(driver.findElement(By.id("dashboard-products")).getText()),
                driver.findElement(By.id("dashboard-products")).getText());
    }

    private static int firstNumber(String text) {
        Matcher m = Pattern.compile("\\d+").matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group());
    }

    @Test
    @Order(7)
    void capabilityViewAppearsWithItsFeatureAndDisappearsWithoutRestart() throws Exception {
        open("dashboard");
        assertTrue(driver.findElements(By.id("menu-system-messages")).isEmpty(), "system messages not installed yet");

        Path deploy = home.resolve("deploy").resolve(DEPLOY_FILE);
        Files.writeString(deploy, String.join("\n",
                "<features name=\"offerbridge-browser-test\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">",
                "  <feature name=\"offerbridge-browser-test-system-messages\" version=\"1.0.0\" install=\"auto\">",
                "    <feature>" + SYSTEM_MESSAGES_FEATURE + "</feature>",
                "  </feature>",
                "</features>", ""), StandardCharsets.UTF_8);
        awaitMenu("system-messages", true, Duration.ofSeconds(90));

        // A problem reported over REST shows as the header badge and in the view.
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/system-messages"))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"severity\":\"error\",\"source\":\"catalog\",\"message\":\"SKU A-100 has no price\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        open("system-messages");
        WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("header-system-messages")));
        assertEquals("1", badge.findElement(By.className("v-button-caption")).getText().strip(), "open system messages in the badge");
        assertTrue(driver.findElement(By.id("system-messages-grid")).getText().contains("SKU A-100 has no price"));
        page.screenshot("13-system-messages");
        page.click("system-messages-clear-all");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("system-messages-summary"), "No open messages"));
        open("dashboard");
        assertTrue(driver.findElements(By.id("header-system-messages")).stream().noneMatch(WebElement::isDisplayed), "badge gone");

        Files.delete(deploy);
        awaitMenu("system-messages", false, Duration.ofSeconds(90));
        driver.get(baseUrl + "/ui/#!system-messages");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-not-available")));
        page.screenshot("14-system-messages-uninstalled");
        assertNoErrorNotification();
    }

    /**
     * A request seeded over REST against a product seeded over REST: its matched fragment is highlighted in the
     * text (which is shown escaped), a changed quantity is saved and kept, and once confirmed it is read-only.
     */
    @Test
    @Order(9)
    void reviewsARequestEditsItsProposalAndConfirmsIt() throws Exception {
        HttpResponse<String> product = api("POST", "/api/v1/catalog/products", "{\"sku\":\"AB-M10-80\",\"name\":\"Anchor bolt M10x80\","
                + "\"unit\":\"pcs\",\"price\":12.5,\"currency\":\"INR\",\"aliases\":[\"anchor bolt M10x80\",\"anchor bolt\"],\"active\":true}");
        assertTrue(product.statusCode() == 201 || product.statusCode() == 409, product.body());
        String text = "Hello <team> & co,\n12 anchor bolts M10x80\n3 unicorn lamps 🦄\nThanks!";
        String body = "{\"channel\":\"email\",\"sender\":{\"name\":\"Ravi Iyer\",\"email\":\"ravi@browser-test.example\"},"
                + "\"text\":\"" + text.replace("\n", "\\n") + "\",\"attachments\":[{\"name\":\"drawing.pdf\",\"contentType\":\"application/pdf\",\"size\":20480}]}";
        // The parser picks up catalog changes off the request path: wait until it knows the new product.
        awaitTrue("the parser to know AB-M10-80", () -> api("POST", "/api/v1/parse", "{\"text\":\"12 anchor bolts M10x80\"}").body()
                .contains("AB-M10-80"), Duration.ofSeconds(60));
        HttpResponse<String> created = api("POST", "/api/v1/requests", body);
        assertEquals(201, created.statusCode(), created.body());
        Matcher idMatch = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertTrue(idMatch.find(), created.body());
        String id = idMatch.group(1);
        assertTrue(created.body().contains("\"proposed\""), created.body());

        driver.get(baseUrl + "/ui/");
        if (!driver.findElements(By.id("login-email")).isEmpty()) {
            login(email, password);
        }
        open("dashboard");
        // textContent: the row of cards may be wider than the window
        WebElement waiting = driver.findElement(By.id("dashboard-requests-waiting"));
        assertTrue(Integer.parseInt(waiting.getAttribute("textContent").strip()) >= 1, "the seeded request waits");
        assertTrue(waiting.findElement(By.xpath("ancestor::*[contains(@class,'ob-card')][1]")).getAttribute("textContent")
                .contains("Requests waiting"));
        open("requests");
        WebElement grid = driver.findElement(By.id("requests-grid"));
        wait.until(ExpectedConditions.textToBePresentInElement(grid, "anchor bolts"));
        grid.findElement(By.xpath(".//td[contains(., 'anchor bolts')]")).click();
        page.awaitIdle();

        WebElement requestText = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-text")));
        assertTrue(requestText.getText().contains("Hello <team> & co,"), "the text is shown as text: " + requestText.getText());
        assertTrue(requestText.findElements(By.tagName("team")).isEmpty(), "no markup from the request");
        WebElement fragment = requestText.findElement(By.cssSelector(".ob-req-hl-line"));
        assertTrue(fragment.getText().toLowerCase().contains("anchor bolts"), fragment.getText());
        assertTrue(fragment.getAttribute("title").contains("AB-M10-80"), "hover names the line: " + fragment.getAttribute("title"));
        assertEquals("Proposed", driver.findElement(By.id("request-status")).getText());
        assertTrue(driver.findElement(By.id("request-attachments")).getText().contains("drawing.pdf"));
        assertTrue(driver.getCurrentUrl().endsWith("#!requests/" + id), driver.getCurrentUrl());
        int line = lineOf("AB-M10-80");
        assertEquals("12", driver.findElement(By.id("request-line-" + line + "-quantity")).getAttribute("value"));
        page.screenshot("17-request-proposed");

        fragment.click(); // selects its line in the editor and outlines the fragment
        page.awaitIdle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#request-text .ob-req-hl-selected")));

        page.type("request-line-" + line + "-quantity", "0");
        page.click("request-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#request-line-" + line + "-quantity.v-textfield-error")));
        closeErrorNotifications();
        page.type("request-line-" + line + "-quantity", "25");
        page.click("request-save");
        assertNoErrorNotification();

        // Re-open by its address: the quantity was kept.
        open("dashboard");
        driver.get(baseUrl + "/ui/#!requests/" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-text")));
        page.awaitIdle();
        line = lineOf("AB-M10-80");
        assertEquals("25", driver.findElement(By.id("request-line-" + line + "-quantity")).getAttribute("value"));

        page.click("request-confirm");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-status"), "Confirmed"));
        assertNoErrorNotification();
        assertEquals("true", driver.findElement(By.id("request-line-" + line + "-quantity")).getAttribute("readonly"),
                "a confirmed request is read-only");
        for (String button : List.of("request-save", "request-confirm", "request-reparse", "request-review")) {
            assertTrue(driver.findElement(By.id(button)).getAttribute("class").contains("v-disabled"), button + " disabled");
        }
        assertTrue(driver.findElements(By.id("request-add-line")).stream().noneMatch(WebElement::isDisplayed), "no adding lines");
        page.screenshot("18-request-confirmed");

        // confirming made a draft quote of the edited proposal: one click leads to it
        page.click("request-open-quote");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-detail")));
        page.awaitIdle();
        assertTrue(driver.getCurrentUrl().contains("#!quotes/"), driver.getCurrentUrl());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote-status"), "Draft"));
        assertTrue(driver.findElement(By.id("quote-detail")).getText().contains("AB-M10-80"), "the request's line is on the quote");
    }

    /**
     * A quote made over REST is in the Quotes view, also under the status filter "Draft"; a changed quantity is
     * saved and the totals follow; the PDF preview opens in a new tab; sending shows the public link once, and the
     * quote is then sent, with the step on its timeline; its link is revoked, and a revision makes a new draft.
     */
    @Test
    @Order(10)
    void editsAQuoteAndSendsIt() throws Exception {
        HttpResponse<String> product = api("POST", "/api/v1/catalog/products", "{\"sku\":\"QT-HINGE-100\",\"name\":\"Door hinge 100mm\","
                + "\"unit\":\"pcs\",\"price\":250,\"currency\":\"INR\",\"taxRate\":18,\"active\":true}");
        assertTrue(product.statusCode() == 201 || product.statusCode() == 409, product.body());
        HttpResponse<String> latch = api("POST", "/api/v1/catalog/products", "{\"sku\":\"QT-LATCH-50\",\"name\":\"Door latch 50mm\","
                + "\"unit\":\"pcs\",\"price\":120,\"currency\":\"INR\",\"taxRate\":18,\"active\":true}");
        assertTrue(latch.statusCode() == 201 || latch.statusCode() == 409, latch.body());
        // discounts above 15 % need an admin's approval in this workspace
        HttpResponse<String> rule = api("PUT", "/api/v1/quotes/settings", "{\"approvalDiscountPercent\":15}");
        assertEquals(200, rule.statusCode(), rule.body());
        HttpResponse<String> created = api("POST", "/api/v1/quotes", "{\"customer\":{\"name\":\"Browser Quote Buyer\","
                + "\"email\":\"buyer@browser-test.example\"},\"lines\":[{\"sku\":\"QT-HINGE-100\",\"quantity\":2}]}");
        assertEquals(201, created.statusCode(), created.body());
        String id = jsonText(created.body(), "id");
        String number = jsonText(created.body(), "number");

        driver.get(baseUrl + "/ui/");
        if (!driver.findElements(By.id("login-email")).isEmpty()) {
            login(email, password);
        }
        open("quotes");
        WebElement grid = driver.findElement(By.id("quotes-grid"));
        wait.until(ExpectedConditions.textToBePresentInElement(grid, number));
        assertTrue(grid.getText().contains("Browser Quote Buyer"), grid.getText());
        chooseInComboBox("quotes-status-filter", "Draft");
        assertEquals("Draft", driver.findElement(By.cssSelector("#quotes-status-filter input")).getAttribute("value"));
        grid = driver.findElement(By.id("quotes-grid"));
        wait.until(ExpectedConditions.textToBePresentInElement(grid, number));
        assertFalse(grid.getText().contains("Sent"), "only drafts under the filter: " + grid.getText());
        page.screenshot("19-quotes-drafts");

        grid.findElement(By.xpath(".//td[contains(., '" + number + "')]")).click();
        page.awaitIdle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-detail")));
        page.screenshot("20-quote-opened");
        assertEquals(number, driver.findElement(By.id("quote-number")).getText());
        assertEquals("Draft", driver.findElement(By.id("quote-status")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("#!quotes/" + id), driver.getCurrentUrl());
        assertEquals("2", driver.findElement(By.id("quote-line-0-quantity")).getAttribute("value"));
        assertEquals("590.00 INR", page.textOf("quote-total-gross"), "2 × 250 + 18 % tax");

        page.type("quote-line-0-quantity", "3");
        page.click("quote-save");
        wait.until(d -> page.textOf("quote-total-gross").equals("885.00 INR"));
        assertEquals("750.00 INR", page.textOf("quote-total-net"));
        assertEquals("135.00 INR", page.textOf("quote-total-tax"));
        assertEquals("3", driver.findElement(By.id("quote-line-0-quantity")).getAttribute("value"));
        assertNoErrorNotification();
        page.screenshot("21-quote-saved");

        // a bad quantity is refused before the server sees it, on its field
        page.type("quote-line-0-quantity", "0");
        page.click("quote-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quote-line-0-quantity.v-textfield-error")));
        closeErrorNotifications();
        page.type("quote-line-0-quantity", "3");
        page.awaitIdle();

        // a product found by typing part of its name, with a discount above the approval threshold
        WebElement search = driver.findElement(By.cssSelector("#quote-add-product input"));
        search.sendKeys("latch");
        // the list is drawn again as the server's filtered page arrives: click the option as it stands then
        By option = By.xpath("//div[@id='VAADIN_COMBOBOX_OPTIONLIST']//td[contains(normalize-space(.), 'QT-LATCH-50')]");
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(option).click();
            return true;
        });
        page.awaitIdle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-line-1-discount")));
        assertEquals("1", driver.findElement(By.id("quote-line-1-quantity")).getAttribute("value"));
        page.type("quote-line-1-discount", "20");
        page.click("quote-save");
        // 3 x 250 + 120 - 20 % = 846.00, + 18 % tax = 998.28
        wait.until(d -> page.textOf("quote-total-gross").equals("998.28 INR"));
        assertEquals("846.00 INR", page.textOf("quote-total-net"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-approval")));
        assertTrue(driver.findElement(By.id("quote-send")).getAttribute("class").contains("v-disabled"),
                "a quote that needs approval is not sent");
        assertNoErrorNotification();
        page.screenshot("21b-quote-needs-approval");
        page.click("quote-approve");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("quote-approval")));
        wait.until(d -> !d.findElement(By.id("quote-send")).getAttribute("class").contains("v-disabled"));
        assertTrue(page.textOf("quote-timeline").contains("Discounts approved"), page.textOf("quote-timeline"));

        // the PDF opens in a tab of its own
        String main = driver.getWindowHandle();
        page.click("quote-pdf");
        wait.until(d -> d.getWindowHandles().size() > 1);
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(main)) {
                driver.switchTo().window(handle);
                wait.until(d -> d.getCurrentUrl().contains(".pdf"));
                driver.close();
            }
        }
        driver.switchTo().window(main);

        page.click("quote-send");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-send-dialog")));
        assertEquals("Browser Quote Buyer", driver.findElement(By.id("send-recipient-0-name")).getAttribute("value"));
        assertEquals("buyer@browser-test.example", driver.findElement(By.id("send-recipient-0-email")).getAttribute("value"));
        page.click("send-confirm");
        WebElement url = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-link-0-url")));
        // the host is the configured publicBaseUrl (etc/org.offerbridge.platform.cfg), which names this server
        String link = url.getAttribute("value");
        assertTrue(link.matches("https?://.+/api/v1/q/[A-Za-z0-9_-]{20,}"), link);
        if (karaf != null) {
            assertTrue(link.startsWith(baseUrl + "/api/v1/q/"), link);
        }
        assertTrue(driver.findElement(By.id("send-links-once")).getText().contains("shown only once"));
        page.screenshot("22-quote-sent-links");
        page.click("send-close");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("quote-send-dialog")));

        wait.until(d -> page.textOf("quote-status").equals("Sent"));
        wait.until(d -> page.textOf("quote-timeline").contains("Draft \u2192 Sent"));
        assertTrue(page.textOf("quote-timeline").contains("You"), page.textOf("quote-timeline"));
        assertTrue(page.textOf("quote-links").contains("buyer@browser-test.example"), page.textOf("quote-links"));
        assertTrue(driver.findElement(By.id("quote-save")).getAttribute("class").contains("v-disabled"), "a sent quote is not edited");
        assertFalse(driver.findElement(By.id("quote-revise")).getAttribute("class").contains("v-disabled"), "a sent quote can be revised");
        assertEquals(2, page.textOf("quote-timeline").split("Changed", -1).length - 1,
                "two saves; quantities typed back to the saved ones are no change: " + page.textOf("quote-timeline"));
        assertNoErrorNotification();
        page.screenshot("23-quote-sent");

        // the link the dialog showed opens the customer's page; once revoked, the same link says it is not valid
        inNewTab(link, () -> wait.until(d -> d.findElement(By.tagName("h1")).getText().contains(number)));
        page.click("quote-link-0-revoke");
        page.click("quote-confirm-yes");
        wait.until(d -> page.textOf("quote-links").contains("Revoked"));
        assertTrue(page.textOf("quote-timeline").contains("Link revoked"), page.textOf("quote-timeline"));
        inNewTab(link, () -> wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-invalid"))));

        page.click("quote-revise");
        page.click("quote-confirm-yes");
        wait.until(d -> page.textOf("quote-number").equals(number + "-R2"));
        assertEquals("Draft", page.textOf("quote-status"));
        assertFalse(driver.findElement(By.id("quote-save")).getAttribute("class").contains("v-disabled"), "the revision is a draft");
        assertNoErrorNotification();
        page.screenshot("24-quote-revised");
    }

    /** Opens {@code url} in a tab of its own, runs {@code check} there, closes the tab and comes back. */
    private static void inNewTab(String url, Runnable check) {
        String back = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        try {
            driver.get(url);
            check.run();
        } finally {
            driver.close();
            driver.switchTo().window(back);
        }
    }

    @Test
    @Order(12)
    void logsOut() {
        open("dashboard");
        page.click("logout");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email")));
        driver.get(baseUrl + "/ui/#!users");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email")));
        page.screenshot("16-logged-out");
    }

    @Test
    @Order(8)
    void createsACustomerAndFindsItByPhone() {
        driver.get(baseUrl + "/ui/");
        if (!driver.findElements(By.id("login-email")).isEmpty()) {
            login(email, password);
        }
        open("customers");
        page.click("customers-new");
        page.type("customer-name", "Browser Test Traders");
        page.type("customer-contact-person", "Asha Verma");
        page.type("customer-emails", "asha@browser-test.example");
        page.type("customer-phones", "+91 98765 01234");
        page.type("customer-handles", "whatsapp: +91 98765 01234");
        page.click("customer-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("customer-form")));
        assertNoErrorNotification();
        page.type("customers-search", "098765-01234"); // another spelling of the same number
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customers-count"), "One customer matches"));
        page.awaitIdle();
        assertTrue(driver.findElement(By.id("customers-grid")).getText().contains("Browser Test Traders"));
        page.screenshot("15-customers");
    }

    @Test
    @Order(11)
    void showsAWebhookDeliveryWithItsPayloadAndAttemptsAndReplaysIt() throws Exception {
        // a public test-net address: the policy allows it, and from here it answers nothing, so every attempt fails
        HttpResponse<String> endpoint = api("POST", "/api/v1/webhooks/endpoints",
                "{\"url\":\"https://203.0.113.10/hooks\",\"events\":[\"quote.sent\"],\"description\":\"Browser test\"}");
        assertEquals(201, endpoint.statusCode(), endpoint.body());
        Matcher idMatch = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(endpoint.body());
        assertTrue(idMatch.find(), endpoint.body());
        String endpointId = idMatch.group(1);
        assertEquals(202, api("POST", "/api/v1/webhooks/endpoints/" + endpointId + "/test", "").statusCode());
        awaitTrue("the first attempt", () -> api("GET", "/api/v1/webhooks/deliveries?endpoint=" + endpointId, "").body()
                .contains("\"attempts\":1"), Duration.ofSeconds(60));

        driver.get(baseUrl + "/ui/");
        if (!driver.findElements(By.id("login-email")).isEmpty()) {
            login(email, password);
        }
        open("webhooks");
        WebElement grid = driver.findElement(By.id("webhooks-deliveries"));
        wait.until(ExpectedConditions.textToBePresentInElement(grid, "webhook.test"));
        assertTrue(grid.getText().contains("https://203.0.113.10/hooks"), grid.getText());
        grid.findElement(By.xpath(".//td[contains(., 'webhook.test')]")).click();
        page.awaitIdle();
        WebElement payload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhooks-payload")));
        assertTrue(payload.getAttribute("value").contains("A test message from Offerbridge"), payload.getAttribute("value"));
        WebElement attempts = driver.findElement(By.id("webhooks-attempts"));
        assertTrue(attempts.getText().contains("Scheduled"), attempts.getText());
        page.screenshot("19-webhook-delivery");

        page.click("webhooks-replay");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhooks-attempts"), "Replay"));
        // the replay adds an attempt; the schedule's own retry (5 s after the first) may have come before it
        Matcher attemptsMatch = Pattern.compile("\"attempts\"\\s*:\\s*(\\d+)")
                .matcher(api("GET", "/api/v1/webhooks/deliveries?endpoint=" + endpointId, "").body());
        assertTrue(attemptsMatch.find() && Integer.parseInt(attemptsMatch.group(1)) >= 2, "the replay is a further attempt");
        page.screenshot("20-webhook-replayed");
        assertEquals(204, api("DELETE", "/api/v1/webhooks/endpoints/" + endpointId, "").statusCode());
    }

    // --- helpers ---

    private static HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }

    private static void awaitTrue(String what, Check check, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    private static String jsonText(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return m.group(1);
    }

    /** Opens a Vaadin combo box's list and picks the entry with this caption. */
    private void chooseInComboBox(String id, String caption) {
        page.scrollTo(id);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " .v-filterselect-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='VAADIN_COMBOBOX_OPTIONLIST']//td[normalize-space(.)='" + caption + "']"))).click();
        page.awaitIdle();
        // The list can open again when the server's answer redraws the box; a user would press Escape.
        if (!driver.findElements(By.cssSelector("#VAADIN_COMBOBOX_OPTIONLIST .v-filterselect-suggestmenu")).isEmpty()) {
            driver.findElement(By.cssSelector("#" + id + " input")).sendKeys(Keys.ESCAPE);
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("VAADIN_COMBOBOX_OPTIONLIST")));
    }

    /** The editor's row index of the line with this SKU. */
    private int lineOf(String sku) {
        for (int i = 0; i < 50; i++) {
            List<WebElement> box = driver.findElements(By.cssSelector("#request-line-" + i + "-sku input"));
            if (box.isEmpty()) {
                break;
            }
            if (box.get(0).getAttribute("value").startsWith(sku)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + sku + " in " + driver.findElement(By.id("request-lines")).getText());
    }

    private void closeErrorNotifications() {
        for (WebElement n : driver.findElements(By.cssSelector(".v-Notification.error, .v-Notification-error"))) {
            n.click();
        }
        wait.until(d -> d.findElements(By.cssSelector(".v-Notification.error, .v-Notification-error")).isEmpty());
    }

    private static void readDemoLogin(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        email = VaadinPage.demoField(text, "Login");
        password = VaadinPage.demoField(text, "Password");
        apiKey = VaadinPage.demoField(text, "API key");
    }

    private void login(String user, String pass) {
        page.type("login-email", user);
        page.type("login-password", pass);
        page.click("login-button");
    }

    /** Navigates through the menu (as a user would) and waits for the view. */
    private void open(String view) {
        page.open(view);
        assertNoErrorNotification();
    }

    /** Re-navigates until the menu entry is there (or gone): open sessions see changes on navigation. */
    private void awaitMenu(String view, boolean present, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-dashboard"))).click();
            page.awaitIdle();
            if (driver.findElements(By.id("menu-" + view)).isEmpty() != present) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("menu-" + view + (present ? " did not appear" : " did not disappear") + " within " + timeout
                + (karaf == null ? "" : "\n" + karaf.logTail()));
    }

    private void assertNoErrorNotification() {
        String error = page.errorNotification();
        assertNull(error, () -> "error notification: " + error);
    }

    private void assertThemeLoaded() {
        Object font = ((JavascriptExecutor) driver).executeScript(
                "return window.getComputedStyle(document.querySelector('.v-app')).fontFamily;");
        assertTrue(String.valueOf(font).contains("Open Sans"), "Valo theme loaded, font " + font);
    }

}
