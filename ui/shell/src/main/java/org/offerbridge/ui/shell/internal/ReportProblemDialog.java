package org.offerbridge.ui.shell.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.offerbridge.platform.api.support.SupportReport;
import org.offerbridge.platform.api.support.SupportReports;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * "Report a problem": shows what will be sent (workspace, account, page, time in UTC and the user's zone, browser, the
 * last failed calls and actions), lets the user describe the steps, and stores the report for the operator. Workspace,
 * account and time are filled in again by the server; what is shown here is what support will read.
 */
final class ReportProblemDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What the dialog shows and sends, collected before it opens. */
    record Facts(String tenantId, String company, String email, String view, String userAgent, Instant at,
            List<String> failures, List<String> actions, String lastError) {
    }

    ReportProblemDialog(SupportReports reports, StaffUiSession session, Facts facts) {
        Texts t = ShellTexts.of(session.locale());
        setId("report-problem-dialog");
        setCaption(t.get("support.title"));
        setModal(true);
        setResizable(false);
        setWidth("620px");

        Label intro = new Label(t.get("support.intro"));
        intro.setWidth("100%");
        FormLayout facts1 = new FormLayout(
                fact("report-problem-workspace", t.get("support.workspace"), facts.company() + " (" + facts.tenantId() + ")"),
                fact("report-problem-account", t.get("support.account"), facts.email()),
                fact("report-problem-view", t.get("support.view"), facts.view().isEmpty() ? "-" : "#!" + facts.view()),
                fact("report-problem-time", t.get("support.time"), TIME.format(facts.at().atOffset(ZoneOffset.UTC)) + " UTC · "
                        + TIME.format(facts.at().atZone(session.zone())) + " " + session.zone().getId()),
                fact("report-problem-browser", t.get("support.browser"), facts.userAgent()),
                list("report-problem-failures", t.get("support.failures"), facts.failures(), t),
                list("report-problem-actions", t.get("support.actions"), facts.actions(), t));
        facts1.setMargin(false);
        facts1.setWidth("100%");

        TextArea description = new TextArea(t.get("support.description"));
        description.setId("report-problem-description");
        description.setWidth("100%");
        description.setRows(6);
        description.setMaxLength(SupportReports.MAX_DESCRIPTION);
        FieldErrors errors = new FieldErrors(session.locale()).bind("description", description);

        Button send = new Button(t.get("support.send"), e -> {
            SupportReports.Draft draft = new SupportReports.Draft(facts.view(), session.zone().getId(), facts.userAgent(),
                    facts.lastError(), facts.failures(), facts.actions(), description.getValue());
            SupportReport[] stored = new SupportReport[1];
            if (errors.attempt(session, () -> stored[0] = reports.submit(draft))) {
                close();
                session.notifySuccess(t.get("support.sent", stored[0].id()));
            }
        });
        send.setId("report-problem-send");
        send.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(t.get("common.cancel"), e -> close());
        cancel.setId("report-problem-cancel");

        VerticalLayout content = new VerticalLayout(intro, facts1, description, new HorizontalLayout(send, cancel));
        content.setMargin(true);
        setContent(content);
        description.focus();
    }

    /** The facts of this moment: the principal's workspace and account, the page, the browser, the session's trail. */
    static Facts collect(ShellServices services, StaffUiSession session, String fragment, String userAgent, Clock clock) {
        String company = session.call(() -> services.settings().profile().companyName());
        String email = session.call(() -> services.staff().find(session.principal().userId())
                .map(m -> m.email()).orElse(""));
        String view = fragment == null ? "" : fragment.startsWith("!") ? fragment.substring(1) : fragment;
        return new Facts(session.principal().tenantId(), company, email, SupportTrail.clip(view) == null ? "" : SupportTrail.clip(view),
                userAgent == null ? "" : SupportTrail.clip(userAgent, SupportReports.MAX_ENTRY), clock.instant(), session.trail().failures(),
                session.trail().actions(), session.trail().lastError());
    }

    private static Label fact(String id, String caption, String value) {
        Label l = new Label(value == null || value.isBlank() ? "-" : value);
        l.setId(id);
        l.setCaption(caption);
        l.setWidth("100%");
        return l;
    }

    private static Label list(String id, String caption, List<String> values, Texts t) {
        Label l = new Label(values.isEmpty() ? t.get("support.none") : String.join("\n", values), ContentMode.PREFORMATTED);
        l.setId(id);
        l.setCaption(caption);
        l.setWidth("100%");
        return l;
    }
}
