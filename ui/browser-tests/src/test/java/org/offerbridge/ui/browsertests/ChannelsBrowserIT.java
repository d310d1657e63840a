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
import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.secrets.StandardWebhooks;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The channels part of the admin UI in headless Chromium against the real distribution: an admin connects a signed
 * webhook channel and sees its inbound URL and its secret once; a message signed with that secret and posted to the
 * inbound URL appears in the open Conversations view without a reload (the view polls); the admin takes the
 * conversation and the reply box becomes usable; a reply on a channel without a reply URL shows the service's reason.
 * An email channel whose login is no address is saved with its from address; on edit its SMTP server is cleared (the
 * mailbox stays, as the Reply-To through the workspace's email settings) and reply tokens are turned on.
 *
 * <p>Debug against a running server with {@code -Dofferbridge.ui.home=<karaf home> -Dofferbridge.ui.url=http://localhost:8391}.
 */
class ChannelsBrowserIT {

    private static KarafProcess karaf;
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
        Path home;
        String url = System.getProperty("offerbridge.ui.url");
        if (url != null) {
            baseUrl = url;
            home = Path.of(System.getProperty("offerbridge.ui.home"));
        } else {
            karaf = KarafProcess.unpack(Path.of(System.getProperty("offerbridge.distribution")),
                    Path.of(System.getProperty("offerbridge.work", "target/karaf") + "-channels"));
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
    void connectsAWebhookChannelAndAnswersItsFirstMessage() throws Exception {
        logIn();
        assertMenuOrder();

        // connect: the webhook kind is offered first and needs no settings
        open("channels");
        page.click("channels-connect");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-dialog")));
        assertTrue(page.textOf("channel-kind-help").contains("post signed messages"), page.textOf("channel-kind-help"));
        assertTrue(page.textOf("channel-help-replyUrl").contains("staff replies"), page.textOf("channel-help-replyUrl"));
        page.type("channel-name", "Browser test ERP");
        page.click("channel-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-created")));
        String inboundUrl = valueOf("channel-created-inbound-url");
        String secret = valueOf("channel-created-secret");
        assertTrue(inboundUrl.startsWith(baseUrl + "/api/v1/channels/inbound/"), inboundUrl);
        assertTrue(secret.startsWith(StandardWebhooks.SECRET_PREFIX), secret);
        assertTrue(page.textOf("channel-created-once").contains("shown this once"), page.textOf("channel-created-once"));
        assertTrue(page.textOf("channel-created-status").startsWith("Connected"), page.textOf("channel-created-status"));
        page.screenshot("ch-01-channel-created");
        page.click("channel-created-close");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("channel-created")));
        String grid = page.textOf("channels-grid");
        assertTrue(grid.contains("Browser test ERP") && grid.contains("Signed webhook") && grid.contains("Connected"), grid);
        assertTrue(grid.contains(inboundUrl), grid);
        assertFalse(driver.getPageSource().contains(secret), "the secret is shown once, in the dialog only");
        page.screenshot("ch-02-channels");

        // the service's refusal lands on the field it names (settings.replyUrl), in the form
        page.click("channels-edit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-dialog")));
        page.type("channel-setting-replyUrl", "not a url");
        page.click("channel-save");
        wait.until(d -> d.findElement(By.id("channel-setting-replyUrl")).getAttribute("class").contains("error"));
        assertTrue(driver.findElements(By.id("channel-dialog")).size() == 1, "the form stays open");
        page.screenshot("ch-02b-reply-url-refused");
        page.click("channel-cancel");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("channel-dialog")));
        page.click("channels-test");
        WebElement tested = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-Notification")));
        assertTrue(tested.getText().contains("Test of Browser test ERP: Connected"), tested.getText());
        tested.click();

        // the Conversations view is open when the message arrives: it must show it without a reload
        open("conversations");
        String body = "{\"from\":{\"name\":\"Meera Nair\",\"email\":\"meera@browser-test.example\"},"
                + "\"text\":\"Please quote 40 anchor bolts M10x80\",\"thread\":\"browser-test-1\"}";
        HttpResponse<String> inbound = postSigned(inboundUrl, secret, body);
        assertEquals(200, inbound.statusCode(), inbound.body());
        WebElement conversations = driver.findElement(By.id("conversations-grid"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElement(conversations, "Meera Nair"));
        WebElement row = conversations.findElement(By.xpath(".//tr[contains(., 'Meera Nair')]"));
        assertTrue(row.getAttribute("class").contains("ob-unread"), "a new conversation is unread: " + row.getAttribute("class"));
        page.screenshot("ch-03-conversation-arrived");

        row.findElement(By.xpath("./td[1]")).click();
        page.awaitIdle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation-detail")));
        assertTrue(page.textOf("conversation-messages").contains("Please quote 40 anchor bolts M10x80"), page.textOf("conversation-messages"));
        WebElement reply = driver.findElement(By.id("conversation-reply"));
        assertFalse(reply.isEnabled(), "only the owner replies");
        page.click("conversation-take");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("conversation-reply")));
        assertTrue(driver.findElements(By.id("conversation-take")).stream().noneMatch(WebElement::isDisplayed), "taken");
        assertTrue(driver.findElement(By.id("conversation-send")).isEnabled());
        assertFalse(driver.findElement(By.xpath("//*[@id='conversations-grid']//tr[contains(., 'Meera Nair')]"))
                .getAttribute("class").contains("ob-unread"), "opened is read");
        page.screenshot("ch-04-taken");

        // a follow-up in the open conversation appears in it without a reload, and stays read while it is open
        String followUp = "{\"from\":{\"name\":\"Meera Nair\",\"email\":\"meera@browser-test.example\"},"
                + "\"text\":\"And 10 washers M10 please\",\"thread\":\"browser-test-1\"}";
        assertEquals(200, postSigned(inboundUrl, secret, followUp).statusCode());
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-messages"), "And 10 washers M10 please"));
        page.awaitIdle();
        assertFalse(driver.findElement(By.xpath("//*[@id='conversations-grid']//tr[contains(., 'Meera Nair')]"))
                .getAttribute("class").contains("ob-unread"), "read while open");

        // this channel has no reply URL: the view says so as soon as the conversation is open, before anyone writes
        WebElement early = driver.findElement(By.id("conversation-cannot-reply"));
        assertTrue(early.isDisplayed() && early.getText().startsWith("Replies cannot be sent through this channel now")
                && early.getText().contains("reply URL"), "said before anyone writes: " + early.getText());
        // Shift+Enter is a new line, Enter sends; the refusal names the kind's own reason
        WebElement box = driver.findElement(By.id("conversation-reply"));
        box.sendKeys("We will send the quote today.", Keys.chord(Keys.SHIFT, Keys.ENTER), "Regards");
        page.awaitIdle();
        assertEquals("We will send the quote today.\nRegards", box.getAttribute("value"));
        box.sendKeys(Keys.ENTER);
        page.awaitIdle();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-cannot-reply"), "This channel cannot send this reply"));
        WebElement reason = driver.findElement(By.id("conversation-cannot-reply"));
        assertTrue(reason.getText().contains("reply URL"), "the kind's own reason, not a generic one: " + reason.getText());
        assertEquals("We will send the quote today.\nRegards", box.getAttribute("value"), "refused: the text stays in the box");
        page.screenshot("ch-05-cannot-reply");
        assertNoErrorNotification();

        // the request made from the message opens in the Requests view
        driver.findElement(By.cssSelector("#conversation-requests [id^='conversation-request-']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-requests")));
        page.awaitIdle();
        assertNoErrorNotification();
        assertTrue(driver.getCurrentUrl().matches(".*#!requests/[^/]+$"), "the request itself is opened: " + driver.getCurrentUrl());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view-requests"), "Please quote 40 anchor bolts M10x80"));
        page.screenshot("ch-06-request-from-conversation");

        // deleting asks first, then the channel is gone with its conversation
        open("channels");
        driver.findElement(By.id("channels-grid")).findElement(By.xpath(".//td[contains(., 'Browser test ERP')]")).click();
        page.awaitIdle();
        page.click("channels-delete");
        page.click("channel-delete-yes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("channels-summary"), "No channels yet."));
        open("conversations");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversations-summary"), "No conversations match."));
    }

    /**
     * With an SMTP server and a login that is not an address the channel needs a from address (the API always took
     * one; the form had no field); an optional value emptied on edit is cleared, not kept, but the mailbox stays: it is
     * the Reply-To when replies go through the workspace's email settings. The replyTokens checkbox saves {@code true}.
     */
    @Test
    void savesAnEmailChannelWithItsFromAddressAndClearsItsSmtpServerOnEdit() throws Exception {
        logIn();
        open("channels");
        page.click("channels-connect");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-dialog")));
        chooseInComboBox("channel-kind", "Email");
        page.type("channel-name", "Browser test mailbox");
        // loopback is refused by the outbound address policy: the channel is saved and needs attention, quickly
        page.type("channel-setting-imapHost", "127.0.0.1");
        page.type("channel-setting-username", "shop01");
        page.type("channel-setting-password", "mailbox password");
        page.type("channel-setting-smtpHost", "127.0.0.1");
        assertTrue(page.textOf("channel-help-fromAddress").contains("Reply-To"), page.textOf("channel-help-fromAddress"));
        assertTrue(page.textOf("channel-help-smtpHost").contains("Settings → Email"), page.textOf("channel-help-smtpHost"));
        assertTrue(page.textOf("channel-help-replyTokens").contains("plus-address"), page.textOf("channel-help-replyTokens"));
        page.type("channel-setting-fromAddress", "sales@browser-test.example");
        page.screenshot("ch-07-email-form");
        page.click("channel-save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-created")));
        assertNoErrorNotification();
        page.click("channel-created-close");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("channel-created")));
        String id = channelIdNamed("Browser test mailbox");
        String saved = api("GET", "/api/v1/channels/" + id).body();
        assertEquals("sales@browser-test.example", jsonField(saved, "fromAddress"), saved);
        assertEquals("127.0.0.1", jsonField(saved, "smtpHost"), saved);
        assertFalse(flagIsTrue(saved, "replyTokens"), "off unless ticked: " + saved);

        // edit: the new channel is selected; empty the SMTP server and save
        page.click("channels-edit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("channel-dialog")));
        assertEquals("sales@browser-test.example", driver.findElement(By.id("channel-setting-fromAddress")).getAttribute("value"));
        page.type("channel-setting-smtpHost", "");
        page.scrollTo("channel-setting-replyTokens");
        driver.findElement(By.cssSelector("#channel-setting-replyTokens label")).click();
        page.awaitIdle();
        page.screenshot("ch-07b-email-reply-tokens");
        page.click("channel-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("channel-dialog")));
        assertNoErrorNotification();
        String cleared = api("GET", "/api/v1/channels/" + id).body();
        assertNull(jsonField(cleared, "smtpHost"), cleared);
        assertEquals("sales@browser-test.example", jsonField(cleared, "fromAddress"), "the mailbox stays the Reply-To: " + cleared);
        assertTrue(flagIsTrue(cleared, "replyTokens"), cleared);
        assertEquals("shop01", jsonField(cleared, "username"), cleared);
        page.screenshot("ch-08-email-smtp-cleared");

        assertEquals(204, api("DELETE", "/api/v1/channels/" + id).statusCode());
    }

    /** Logs in unless the browser already is (the tests share it, in either order). */
    private void logIn() {
        driver.get(baseUrl + "/ui/");
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("login-email")).isEmpty()
                || !d.findElements(By.id("menu-channels")).isEmpty());
        if (!driver.findElements(By.id("login-email")).isEmpty()) {
            page.type("login-email", email);
            page.type("login-password", password);
            page.click("login-button");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-dashboard")));
        }
    }

    /** Opens a Vaadin combo box's list and picks the entry with this caption. */
    private void chooseInComboBox(String id, String caption) {
        page.scrollTo(id);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " .v-filterselect-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='VAADIN_COMBOBOX_OPTIONLIST']//td[normalize-space(.)='" + caption + "']"))).click();
        page.awaitIdle();
        if (!driver.findElements(By.cssSelector("#VAADIN_COMBOBOX_OPTIONLIST .v-filterselect-suggestmenu")).isEmpty()) {
            driver.findElement(By.cssSelector("#" + id + " input")).sendKeys(Keys.ESCAPE);
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("VAADIN_COMBOBOX_OPTIONLIST")));
    }

    private static String channelIdNamed(String name) throws Exception {
        String list = api("GET", "/api/v1/channels").body();
        for (String channel : list.split("\\{\"id\":\"")) {
            if (channel.contains("\"name\":\"" + name + "\"")) {
                return channel.substring(0, channel.indexOf('"'));
            }
        }
        throw new AssertionError(name + " not in " + list);
    }

    /** A string field anywhere in {@code json}, or null when absent or null. */
    private static String jsonField(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** A boolean setting that is true, as JSON true or the string "true". */
    private static boolean flagIsTrue(String json, String field) {
        return Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"?true\"?").matcher(json).find();
    }

    private static HttpResponse<String> api(String method, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Conversations right after Requests, Channels among the administration views. */
    private void assertMenuOrder() {
        List<String> ids = driver.findElements(By.cssSelector("[id^='menu-']")).stream().map(e -> e.getAttribute("id")).toList();
        int requests = ids.indexOf("menu-requests");
        assertTrue(requests >= 0, ids.toString());
        assertEquals("menu-conversations", ids.get(requests + 1), ids.toString());
        assertTrue(ids.indexOf("menu-channels") > ids.indexOf("menu-users"), ids.toString());
    }

    private static HttpResponse<String> postSigned(String url, String secret, String body) throws IOException, InterruptedException {
        String id = "msg_browser_" + System.nanoTime();
        long now = System.currentTimeMillis() / 1000;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("webhook-id", id).header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", StandardWebhooks.sign(StandardWebhooks.keyBytes(secret), id, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void open(String view) {
        page.open(view);
        assertNoErrorNotification();
    }

    private String valueOf(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getAttribute("value");
    }

    private void assertNoErrorNotification() {
        String error = page.errorNotification();
        assertNull(error, () -> "error notification: " + error
                + (karaf == null ? "" : "\n" + karaf.logTail()));
    }

}
