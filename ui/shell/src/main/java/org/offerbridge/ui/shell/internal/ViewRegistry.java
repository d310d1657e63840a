package org.offerbridge.ui.shell.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view contributions registered right now, and which of them a principal may see: the capability is
 * installed and in the tenant's plan, and the role suffices. Contributions come and go with their bundles.
 */
@Component(service = ViewRegistry.class)
public class ViewRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Comparator<ViewContribution> MENU_ORDER =
            Comparator.comparingInt(ViewContribution::order).thenComparing(ViewContribution::viewName);

    private final List<ViewContribution> contributions = new CopyOnWriteArrayList<>();
    private final CapabilityRegistry capabilities;

    @Activate
    public ViewRegistry(@Reference CapabilityRegistry capabilities) {
        this.capabilities = capabilities;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(ViewContribution c) {
        String name = c.viewName();
        if (name == null || !NAME.matcher(name).matches()) {
            LOG.warn("Ignoring view contribution {} with invalid view name '{}'", c.getClass().getName(), name);
            return;
        }
        if (contributions.stream().anyMatch(x -> x.viewName().equals(name))) {
            LOG.warn("Ignoring view contribution {}: the view name '{}' is taken", c.getClass().getName(), name);
            return;
        }
        contributions.add(c);
        LOG.info("Admin UI view '{}' added", name);
    }

    void removeContribution(ViewContribution c) {
        if (contributions.remove(c)) {
            LOG.info("Admin UI view '{}' removed", c.viewName());
        }
    }

    /** The views this principal may open, in menu order. */
    public List<ViewContribution> visibleTo(TenantPrincipal p) {
        return contributions.stream().filter(c -> allowed(c, p)).sorted(MENU_ORDER).toList();
    }

    /** The contribution with this view name if the principal may open it. */
    public Optional<ViewContribution> find(String viewName, TenantPrincipal p) {
        return contributions.stream().filter(c -> c.viewName().equals(viewName)).filter(c -> allowed(c, p)).findFirst();
    }

    /** The role suffices, and the capability (if any) is installed and in the plan: the platform's one plan check. */
    private boolean allowed(ViewContribution c, TenantPrincipal p) {
        if (c.minimumRole() != null && !p.hasRole(c.minimumRole())) {
            return false;
        }
        return c.capability() == null || capabilities.allows(p, c.capability());
    }
}
