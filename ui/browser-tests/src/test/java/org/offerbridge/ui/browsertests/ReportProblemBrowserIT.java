package org.offerbridge.ui.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Report a problem" as staff meet it: a call the server refuses shows an error notification, its "Report a problem"
 * opens the dialog with the facts filled in (page, the failed call's reference, workspace), the user describes the
 * steps and sends, and the confirmation names the report. Then the server is stopped and its database read, as the
 * operator's {@code offerbridge:support-list} reads it: the report is stored once, for the demo workspace only.
 *
 * <p>A distribution of its own (not {@link AdminUiBrowserIT}'s), because reading Derby's files needs the server stopped.
 * The window is laptop-sized, where a tall dialog reaches the notifications at the bottom of the page.
 */
class ReportProblemBrowserIT {
    private static final String STEPS = "Opened Users, typed an address without @ and pressed Send invitation.";

    private static KarafProcess karaf;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static VaadinPage page;
    private static final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        karaf = KarafProcess.unpack(Path.of(System.getProperty("offerbridge.distribution")),
                Path.of(System.getProperty("offerbridge.work", "target/karaf") + "-support"));
        karaf.start();
        karaf.awaitReady(Duration.ofSeconds(150));
        driver = chromium.open(1280, 720, options -> { });
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
    void reportsARefusedCallFromItsErrorNotificationAndTheReportIsStoredForTheWorkspace() throws Exception {
        String demo = Files.readString(karaf.home().resolve("data/demo-workspace.txt"), StandardCharsets.UTF_8);
        String email = VaadinPage.demoField(demo, "Login");
        String tenant = VaadinPage.demoField(demo, "Tenant");

        driver.get(karaf.baseUrl() + "/ui/");
        // The first load fetches Vaadin's widgetset and theme; on a busy 2-core machine that takes a while.
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email")));
        page.type("login-email", email);
        page.type("login-password", VaadinPage.demoField(demo, "Password"));
        page.click("login-button");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-dashboard")));

        // A real refusal by the server: an invitation to an address that is none.
        page.open("users");
        page.type("invite-email", "not-an-address");
        page.click("invite-button");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-Notification.error")));
        WebElement report = error.findElement(By.id("notification-report-problem"));
        assertEquals("Report a problem", report.getText().strip());
        page.screenshot("support-01-error-notification");
        report.click();
        page.awaitIdle();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-problem-dialog")));
        // The click on the notification closed it, as any click on a Vaadin notification does.
        wait.until(d -> d.findElements(By.cssSelector(".v-Notification.error")).isEmpty());

        assertEquals("Demo Trading Co (" + tenant + ")", page.textOf("report-problem-workspace"));
        assertEquals(email, page.textOf("report-problem-account"));
        assertEquals("#!users", page.textOf("report-problem-view"));
        String failures = page.textOf("report-problem-failures");
        // the failed call's reference: the request id the UI gave the call (its log lines carry it), then its status,
        // message key and field
        Matcher failure = Pattern.compile("\\d\\d:\\d\\d:\\d\\dZ ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} 400 field\\.\\S+ email)")
                .matcher(failures);
        assertTrue(failure.find(), "the refused invitation among the failed calls: " + failures);
        assertTrue(page.textOf("report-problem-actions").contains("invite-button"), page.textOf("report-problem-actions"));
        page.screenshot("support-02-dialog");

        page.type("report-problem-description", STEPS);
        page.click("report-problem-send");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-problem-dialog")));
        WebElement sent = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-Notification.success")));
        Matcher reference = Pattern.compile("Report sent\\. Your reference: (sr-[0-9a-f]{12})").matcher(sent.getText());
        assertTrue(reference.find(), sent.getText());
        assertTrue(driver.findElements(By.cssSelector(".v-Notification.error")).isEmpty(), "no error after sending");
        page.screenshot("support-03-sent");

        // A second report from the header while the confirmation is shown at the bottom centre: opening the dialog closes
        // it, so nothing covers the dialog's Send button in this window, where the dialog reaches the bottom of the page
        // (before, the confirmation covered it).
        page.click("header-report-problem");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-problem-dialog")));
        wait.until(d -> d.findElements(By.cssSelector(".v-Notification")).isEmpty());
        assertTrue(page.textOf("report-problem-actions").contains("header-report-problem"), page.textOf("report-problem-actions"));
        page.type("report-problem-description", "A second report, sent while the first one's confirmation was shown.");
        page.scrollTo("report-problem-send");
        page.screenshot("support-04-second-dialog");
        assertNotCovered("report-problem-send");
        page.click("report-problem-send");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-problem-dialog")));
        // Notifications close on click: click them away rather than wait for them.
        for (WebElement n : driver.findElements(By.cssSelector(".v-Notification"))) {
            n.click();
        }
        wait.until(d -> d.findElements(By.cssSelector(".v-Notification")).isEmpty());

        // What the operator reads: stop the server (Derby keeps its files locked while it runs) and read the table.
        chromium.close();
        karaf.close();
        List<String[]> rows = storedReports(karaf.home().resolve("data/derby/offerbridge"));
        assertEquals(2, rows.size(), "two reports stored");
        assertTrue(rows.stream().allMatch(r -> tenant.equals(r[1])), "both for the demo workspace");
        String[] row = rows.stream().filter(r -> r[0].equals(reference.group(1))).findFirst().orElseThrow();
        assertEquals(reference.group(1), row[0]);
        assertEquals(tenant, row[1], "stored for the demo workspace");
        assertEquals("Demo Trading Co", row[2]);
        assertEquals(email, row[3]);
        assertEquals("users", row[4]);
        assertTrue(row[5].contains(failure.group(1)), row[5]);
        assertEquals(STEPS, row[6]);
        assertFalse(row[7] == null || row[7].isBlank(), "the shown error is stored");
    }

    /** Every stored report: id, workspace, company, reporter, view, failed calls, description, error. */
    private static List<String[]> storedReports(Path database) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath());
                PreparedStatement s = c.prepareStatement("SELECT ID, TENANTID, COMPANYNAME, REPORTER, VIEW_STATE, FAILEDREQUESTS,"
                        + " DESCRIPTION, ERROR_TEXT FROM OB_SUPPORT_REPORT");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String[] row = new String[8];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getString(i + 1);
                }
                rows.add(row);
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby answers a successful shutdown with an exception (XJ015)
            }
        }
        return rows;
    }

    /** What a user's click on the element's centre would hit is the element itself, not something over it. */
    private void assertNotCovered(String id) {
        Object hit = ((JavascriptExecutor) driver).executeScript("var e=document.getElementById(arguments[0]);"
                + "var r=e.getBoundingClientRect();var h=document.elementFromPoint(r.left+r.width/2,r.top+r.height/2);"
                + "var all=[[r.left+3,r.top+3],[r.right-3,r.top+3],[r.left+3,r.bottom-3],[r.right-3,r.bottom-3],[r.left+r.width/2,r.top+r.height/2]];"
                + "for(var i=0;i<all.length;i++){var x=document.elementFromPoint(all[i][0],all[i][1]);"
                + "if(!x||!e.contains(x)){return (x?x.className:'nothing')+' at '+all[i];}}return 'ok';", id);
        assertEquals("ok", hit, id + " is covered");
    }

}
