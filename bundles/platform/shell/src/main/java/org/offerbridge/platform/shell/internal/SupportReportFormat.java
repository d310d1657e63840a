package org.offerbridge.platform.shell.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.support.table.ShellTable;
import org.offerbridge.platform.api.support.SupportReport;

/** How the support commands print reports: a table for the list, every field for one report. */
final class SupportReportFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final int SUMMARY = 60;

    private SupportReportFormat() {
    }

    static ShellTable table(List<SupportReport> reports) {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Submitted (UTC)");
        table.column("Tenant");
        table.column("Company");
        table.column("Reporter");
        table.column("View");
        table.column("Failed");
        table.column("Description");
        for (SupportReport r : reports) {
            table.addRow().addContent(r.id(), TIME.format(r.submittedAt().atOffset(ZoneOffset.UTC)), r.tenantId(),
                    orDash(r.companyName()), r.reporter(), orDash(r.view()), r.failedRequests().size(), summary(r.description()));
        }
        return table;
    }

    /** Every field of one report, one per line; lists indented below their label. */
    static String details(SupportReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "Report", r.id());
        line(out, "Tenant", r.tenantId());
        line(out, "Company", r.companyName());
        line(out, "Reporter", r.reporter() + " (" + r.role() + ")");
        line(out, "Submitted", TIME.format(r.submittedAt().atOffset(ZoneOffset.UTC)) + " UTC / " + local(r));
        line(out, "View", r.view());
        line(out, "Browser", r.userAgent());
        line(out, "Error", r.error());
        line(out, "Request id", r.requestId());
        list(out, "Failed calls", r.failedRequests());
        list(out, "Last actions", r.recentActions());
        out.append("Description:\n");
        for (String l : r.description() == null ? new String[0] : r.description().split("\n")) {
            out.append("  ").append(l).append('\n');
        }
        return out.toString();
    }

    /** The first line of the description, cut at {@link #SUMMARY} characters. */
    static String summary(String description) {
        if (description == null) {
            return "-";
        }
        String first = description.lines().findFirst().orElse("").strip();
        boolean more = first.length() > SUMMARY || description.strip().contains("\n");
        return (first.length() > SUMMARY ? first.substring(0, SUMMARY - 1) : first) + (more ? "…" : "");
    }

    private static String local(SupportReport r) {
        try {
            ZoneId zone = ZoneId.of(r.zoneId() == null ? "UTC" : r.zoneId());
            return TIME.format(r.submittedAt().atZone(zone)) + " " + zone.getId();
        } catch (DateTimeException e) {
            return r.zoneId();
        }
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(orDash(value)).append('\n');
    }

    private static void list(StringBuilder out, String label, List<String> values) {
        out.append(label).append(':').append(values.isEmpty() ? " -" : "").append('\n');
        for (String v : values) {
            out.append("  ").append(v).append('\n');
        }
    }

    private static String orDash(String v) {
        return v == null || v.isBlank() ? "-" : v;
    }
}
