package org.offerbridge.ui.shell.internal.views;

import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;

import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.admin.ApiKeyAdministration;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.onboarding.GettingStarted;
import org.offerbridge.platform.api.onboarding.SetupCount;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.DashboardFigure;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.shell.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.LoggerFactory;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.VerticalLayout;

/** The start page: what the platform counts for the workspace, and recent administrative activity. */
@Component(service = ViewContribution.class)
public class DashboardContribution extends PlatformViewContribution {
    private final StaffAdministration staff;
    private final ApiKeyAdministration keys;
    private final UsageMeter usage;
    private final AuditTrail audit;
    private final PlanCatalog plans;
    private final CapabilityRegistry capabilities;
    private final WorkspaceSettings workspace;
    private final GettingStarted gettingStarted;
    private volatile SystemMessageLog systemMessages;
    private final List<DashboardFigure> figures = new CopyOnWriteArrayList<>();
    private final List<SetupCount> setupCounts = new CopyOnWriteArrayList<>();

    @Activate
    public DashboardContribution(@Reference StaffAdministration staff, @Reference ApiKeyAdministration keys, @Reference UsageMeter usage,
            @Reference AuditTrail audit, @Reference PlanCatalog plans, @Reference CapabilityRegistry capabilities,
            @Reference WorkspaceSettings workspace, @Reference GettingStarted gettingStarted) {
        super("dashboard", "menu.dashboard", VaadinIcons.DASHBOARD, 0, Role.VIEWER);
        this.staff = staff;
        this.keys = keys;
        this.usage = usage;
        this.audit = audit;
        this.plans = plans;
        this.capabilities = capabilities;
        this.workspace = workspace;
        this.gettingStarted = gettingStarted;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSetupCount(SetupCount count) {
        setupCounts.add(count);
    }

    void unbindSetupCount(SetupCount count) {
        setupCounts.remove(count);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSystemMessages(SystemMessageLog log) {
        this.systemMessages = log;
    }

    void unbindSystemMessages(SystemMessageLog log) {
        if (systemMessages == log) {
            systemMessages = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindFigure(DashboardFigure figure) {
        figures.add(figure);
    }

    void unbindFigure(DashboardFigure figure) {
        figures.remove(figure);
    }

    @Override
    public View createView(UiSession session) {
        return new DashboardView(session);
    }

    private final class DashboardView extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;

        DashboardView(UiSession session) {
            Texts t = ShellTexts.of(session.locale());
            VerticalLayout page = addPage(this, t);
            boolean admin = session.hasRole(Role.ADMIN);
            addChecklist(page, session, t, admin);
            Plan plan = plans.find(session.principal().planId()).orElse(null);

            HorizontalLayout cards = new HorizontalLayout();
            cards.addStyleName("ob-cards");
            Map<String, String> names = new HashMap<>();
            session.run(() -> {
                List<StaffAdministration.StaffUser> users = staff.list(1000);
                users.forEach(u -> names.put("user:" + u.id(), u.email()));
                long active = users.stream().filter(StaffAdministration.StaffUser::active).count();
                cards.addComponent(Ui.card("dashboard-users", t.get("dashboard.users"), Long.toString(active),
                        limitNote(t, plan, Quota.USERS)));
                if (admin) {
                    long activeKeys = keys.list().stream().filter(ApiKeyAdministration.ApiKey::active).count();
                    cards.addComponent(Ui.card("dashboard-apikeys", t.get("dashboard.apiKeys"), Long.toString(activeKeys), null));
                }
                SystemMessageLog log = systemMessages;
                if (log != null && capabilities.allows(session.principal(), "system-messages")) {
                    cards.addComponent(Ui.card("dashboard-system-messages", t.get("dashboard.systemMessages"),
                            Long.toString(log.countOpen()), null));
                }
                cards.addComponent(Ui.card("dashboard-quotes", t.get("dashboard.quotesThisMonth"),
                        Long.toString(usage.usedThisMonth(Quota.QUOTES_PER_MONTH)), limitNote(t, plan, Quota.QUOTES_PER_MONTH)));
                cards.addComponent(Ui.card("dashboard-parses", t.get("dashboard.parsesThisMonth"),
                        Long.toString(usage.usedThisMonth(Quota.PARSES_PER_MONTH)), limitNote(t, plan, Quota.PARSES_PER_MONTH)));
            });
            // Figures contributed by installed capabilities the plan includes (products, customers, ...).
            figures.stream().filter(f -> f.capability() == null || capabilities.allows(session.principal(), f.capability()))
                    .sorted(Comparator.comparingInt(DashboardFigure::order)).forEach(f -> {
                        try {
                            cards.addComponent(Ui.card("dashboard-" + f.id(), f.caption(session.locale()), f.value(session), null));
                        } catch (RuntimeException e) {
                            LoggerFactory.getLogger(DashboardContribution.class).warn("Dashboard figure {} failed", f.id(), e);
                        }
                    });
            page.addComponent(cards);

            if (admin) {
                page.addComponent(Ui.section(t.get("dashboard.activity")));
                Times times = Times.of(session);
                Grid<AuditTrail.Event> grid = new Grid<>();
                grid.setId("dashboard-activity");
                grid.addColumn(e -> times.dateTime(e.at())).setCaption(t.get("audit.at")).setWidth(180);
                grid.addColumn(AuditTrail.Event::action).setCaption(t.get("audit.action"));
                grid.addColumn(e -> names.getOrDefault(e.actor(), e.actor())).setCaption(t.get("audit.actor"));
                grid.addColumn(AuditTrail.Event::target).setCaption(t.get("audit.target"));
                grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setCaption(t.get("audit.detail"));
                List<AuditTrail.Event> events = session.call(() -> audit.latest(10));
                grid.setItems(events);
                grid.setSelectionMode(Grid.SelectionMode.NONE);
                grid.setWidth("100%");
                grid.setHeightByRows(Math.max(1, Math.min(10, events.size())));
                page.addComponent(grid);
            }
        }

        /** The getting-started checklist, until the workspace dismisses it or every step that can be done is done. */
        private void addChecklist(VerticalLayout page, UiSession session, Texts t, boolean admin) {
            List<GettingStartedChecklist.Step> steps;
            GettingStartedChecklist.Area area;
            try {
                if (session.call(gettingStarted::dismissed)) {
                    return;
                }
                WorkspaceSettings.Profile profile = session.call(workspace::profile);
                area = GettingStartedChecklist.Area.of(profile.operatingArea());
                steps = GettingStartedChecklist.steps(area, GettingStartedChecklist.profileComplete(profile), session.call(() -> counts(session)));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(DashboardContribution.class).warn("Getting-started checklist not shown: {}", String.valueOf(e));
                return;
            }
            if (GettingStartedChecklist.complete(steps)) {
                return;
            }
            VerticalLayout box = new VerticalLayout();
            box.setId("getting-started");
            box.addStyleName("ob-card");
            box.setMargin(false);
            box.setSpacing(false);
            box.addComponent(Ui.section(t.get("checklist.title")));
            box.addComponent(Ui.muted(t.get("checklist.intro." + area.key())));
            for (GettingStartedChecklist.Step step : steps) {
                box.addComponent(stepRow(session, t, step));
            }
            if (admin) {
                Button dismiss = new Button(t.get("checklist.dismiss"), e -> {
                    if (session.attempt(gettingStarted::dismiss)) {
                        page.removeComponent(box);
                    }
                });
                dismiss.setId("checklist-dismiss");
                dismiss.addStyleName(ValoTheme.BUTTON_LINK);
                box.addComponent(dismiss);
            }
            page.addComponent(box);
        }

        private HorizontalLayout stepRow(UiSession session, Texts t, GettingStartedChecklist.Step step) {
            String id = "checklist-" + step.id();
            Label title = new Label(t.get("checklist." + step.id()));
            Label hint = Ui.muted(t.get("checklist." + step.id() + ".hint"));
            VerticalLayout text = new VerticalLayout(title, hint);
            text.setMargin(false);
            text.setSpacing(false);
            HorizontalLayout row = new HorizontalLayout();
            row.setId(id);
            row.setWidth("100%");
            row.addStyleName("ob-checklist-" + step.state().name().toLowerCase(java.util.Locale.ROOT));
            Label mark = new Label((step.state() == GettingStartedChecklist.State.DONE ? VaadinIcons.CHECK_CIRCLE
                    : step.state() == GettingStartedChecklist.State.OPEN ? VaadinIcons.CIRCLE_THIN : VaadinIcons.CLOCK).getHtml(),
                    ContentMode.HTML);
            mark.setId(id + "-state");
            mark.setDescription(t.get("checklist.state." + step.state().name().toLowerCase(java.util.Locale.ROOT)));
            row.addComponents(mark, text);
            row.setExpandRatio(text, 1);
            if (step.state() == GettingStartedChecklist.State.UNAVAILABLE) {
                Button soon = new Button(t.get(SetupCount.CHANNELS.equals(step.id()) ? "checklist.comingSoon" : "checklist.notInPlan"));
                soon.setId(id + "-open");
                soon.setEnabled(false);
                row.addComponent(soon);
            } else if (step.state() == GettingStartedChecklist.State.OPEN) {
                Button open = new Button(t.get("checklist.open"), e -> session.navigateTo(step.view(), null));
                open.setId(id + "-open");
                open.addStyleName(ValoTheme.BUTTON_SMALL);
                row.addComponent(open);
            }
            return row;
        }

        /** The steps the installed capabilities count for this workspace (where its plan includes them). */
        private Map<String, Long> counts(UiSession session) {
            Map<String, Long> counts = new HashMap<>();
            for (SetupCount c : setupCounts) {
                if (c.capability() != null && !capabilities.allows(session.principal(), c.capability())) {
                    continue;
                }
                try {
                    counts.merge(c.step(), c.count(), Long::sum);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(DashboardContribution.class).warn("Setup count {} failed: {}", c.step(), String.valueOf(e));
                }
            }
            return counts;
        }

        private String limitNote(Texts t, Plan plan, String metric) {
            long limit = plan == null ? 0 : plan.limit(metric);
            return limit < 0 ? t.get("quota.unlimited") : t.get("quota.of", limit);
        }
    }
}
