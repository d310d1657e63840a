package org.offerbridge.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.support.SupportReport;

/** What the operator reads in support-list and support-show. */
class SupportReportFormatTest {
    private static final SupportReport REPORT = new SupportReport("sr-3f2a9c1b0d4e", "6f1c2a4e-tenant-a", "Acme Hardware",
            "sales@acme.example", "sales", Instant.parse("2026-12-07T11:30:05Z"), "Asia/Kolkata", "quotes/42",
            "Mozilla/5.0 Chrome/120", "Something went wrong (ui-51a4e09d)", List.of("11:29:58 ui-51a4e09d", "11:29:40 400 validation price"),
            List.of("11:29:50 open quotes/42"), "I pressed Save on the quote and it failed.\nThen I reloaded.", null);

    private static String print(List<SupportReport> reports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SupportReportFormat.table(reports).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theListShowsOneRowPerReportWithUtcTimeAndTheDescriptionsFirstLine() {
        String out = print(List.of(REPORT));
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("Id"), out);
        assertTrue(lines.get(0).contains("Submitted (UTC)"), out);
        String row = lines.get(2);
        assertTrue(row.contains("sr-3f2a9c1b0d4e"), out);
        assertTrue(row.contains("2026-12-07 11:30:05"), out);
        assertTrue(row.contains("6f1c2a4e-tenant-a"), out);
        assertTrue(row.contains("Acme Hardware"), out);
        assertTrue(row.contains("sales@acme.example"), out);
        assertTrue(row.contains("quotes/42"), out);
        assertTrue(row.contains("I pressed Save on the quote and it failed.…"), out);
        assertFalse(out.contains("Then I reloaded"), out);
        assertEquals(3, lines.size(), out);
    }

    @Test
    void anEmptyListIsOnlyTheHeader() {
        assertEquals(2, print(List.of()).lines().count());
    }

    @Test
    void longDescriptionsAreCutAtSixtyCharacters() {
        String s = SupportReportFormat.summary("x".repeat(100));
        assertEquals(60, s.length());
        assertTrue(s.endsWith("…"));
        assertEquals("short", SupportReportFormat.summary("  short  "));
        assertEquals("-", SupportReportFormat.summary(null));
    }

    @Test
    void showPrintsEveryFieldWithTheTimeInUtcAndTheReportersZone() {
        String out = SupportReportFormat.details(REPORT);
        assertTrue(out.contains("Report: sr-3f2a9c1b0d4e\n"), out);
        assertTrue(out.contains("Company: Acme Hardware\n"), out);
        assertTrue(out.contains("Reporter: sales@acme.example (sales)\n"), out);
        assertTrue(out.contains("Submitted: 2026-12-07 11:30:05 UTC / 2026-12-07 17:00:05 Asia/Kolkata\n"), out);
        assertTrue(out.contains("Browser: Mozilla/5.0 Chrome/120\n"), out);
        assertTrue(out.contains("Request id: -\n"), out);
        assertTrue(out.contains("Failed calls:\n  11:29:58 ui-51a4e09d\n  11:29:40 400 validation price\n"), out);
        assertTrue(out.contains("Last actions:\n  11:29:50 open quotes/42\n"), out);
        assertTrue(out.endsWith("Description:\n  I pressed Save on the quote and it failed.\n  Then I reloaded.\n"), out);
    }
}
