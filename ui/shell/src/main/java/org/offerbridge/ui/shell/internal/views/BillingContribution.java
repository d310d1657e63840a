package org.offerbridge.ui.shell.internal.views;

import java.util.List;

import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.CapabilityStatus;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.offerbridge.ui.shell.internal.ShellTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.renderers.HtmlRenderer;

/** Plan, usage against its quotas, and which capabilities are on or off (and why). */
@Component(service = ViewContribution.class)
public class BillingContribution extends PlatformViewContribution {
    private final PlanCatalog plans;
    private final CapabilityRegistry capabilities;
    private final UsageMeter usage;
    private final StaffDirectory staff;

    @Activate
    public BillingContribution(@Reference PlanCatalog plans, @Reference CapabilityRegistry capabilities, @Reference UsageMeter usage,
            @Reference StaffDirectory staff) {
        super("billing", "menu.billing", VaadinIcons.CREDIT_CARD, 940, Role.VIEWER);
        this.plans = plans;
        this.capabilities = capabilities;
        this.usage = usage;
        this.staff = staff;
    }

    @Override
    public View createView(UiSession session) {
        return new BillingView(session);
    }

    /** One quota row. */
    record QuotaRow(String metric, long used, long limit) {
    }

    private final class BillingView extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;

        BillingView(UiSession session) {
            Texts t = ShellTexts.of(session.locale());
            VerticalLayout page = addPage(this, t);
            String planId = session.principal().planId();
            Plan plan = plans.find(planId).orElse(null);
            Label planLabel = new Label(t.get("billing.plan", plan == null ? planId : plan.title(),
                    plan == null ? 0 : plan.requestsPerMinute()));
            planLabel.setId("billing-plan");
            planLabel.addStyleName("ob-figure");
            page.addComponent(planLabel);

            page.addComponent(Ui.section(t.get("billing.usage")));
            List<QuotaRow> rows = session.call(() -> List.of(Quota.USERS, Quota.QUOTES_PER_MONTH, Quota.PARSES_PER_MONTH, Quota.CHANNELS)
                    .stream().map(m -> new QuotaRow(m, used(m), plan == null ? 0 : plan.limit(m))).toList());
            Grid<QuotaRow> quotas = new Grid<>();
            quotas.setId("billing-quotas");
            quotas.addColumn(r -> t.get("quota." + r.metric())).setCaption(t.get("billing.metric"));
            quotas.addColumn(r -> r.limit() < 0 ? t.get("billing.usedUnlimited", r.used()) : t.get("billing.usedOf", r.used(), r.limit()))
                    .setCaption(t.get("billing.used"));
            quotas.addComponentColumn(r -> {
                ProgressBar bar = new ProgressBar(r.limit() <= 0 ? 0f : Math.min(1f, (float) r.used() / r.limit()));
                bar.setWidth("200px");
                bar.setVisible(r.limit() >= 0);
                return bar;
            }).setCaption("");
            quotas.setItems(rows);
            quotas.setHeightByRows(rows.size());
            quotas.setWidth("100%");
            quotas.setSelectionMode(Grid.SelectionMode.NONE);
            page.addComponent(quotas);

            page.addComponent(Ui.section(t.get("billing.capabilities")));
            List<CapabilityStatus> caps = capabilities.statusFor(planId);
            Grid<CapabilityStatus> grid = new Grid<>();
            grid.setId("billing-capabilities");
            grid.addColumn(c -> status(c), new HtmlRenderer()).setCaption("").setWidth(60);
            grid.addColumn(c -> t.has("capability." + c.id()) ? t.get("capability." + c.id()) : c.title()).setCaption(t.get("billing.capability"));
            grid.addColumn(c -> c.enabled() ? t.get("billing.on") : !c.allowed() ? t.get("billing.notInPlan") : t.get("billing.notInstalled"))
                    .setCaption(t.get("billing.status"));
            grid.addColumn(CapabilityStatus::description).setCaption(t.get("billing.description"));
            grid.setItems(caps);
            grid.setHeightByRows(Math.max(1, caps.size()));
            grid.setWidth("100%");
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            page.addComponent(grid);
            page.addComponent(new Label(t.get("billing.note"), ContentMode.TEXT));
        }

        private long used(String metric) {
            return switch (metric) {
                case Quota.USERS -> staff.list(1000).stream().filter(StaffDirectory.StaffMember::active).count();
                case Quota.CHANNELS -> 0; // counted by the channels capability once installed
                default -> usage.usedThisMonth(metric);
            };
        }

        private String status(CapabilityStatus c) {
            return c.enabled() ? VaadinIcons.CHECK_CIRCLE.getHtml() : VaadinIcons.CIRCLE_THIN.getHtml();
        }
    }
}
