package org.offerbridge.platform.internal.boot;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires EclipseLink to the JTA API after a restart. EclipseLink imports {@code javax.transaction} optionally;
 * on a restart Felix may resolve it before the JTA API bundle and leave that import unwired, and every JPA call
 * then fails with NoClassDefFoundError: javax/transaction/Synchronization. Karaf would refresh such a bundle
 * itself, but the distribution turns auto-refresh off (it refreshed the whole stack on every feature install),
 * so this component refreshes EclipseLink once, only when the import is unwired and an exporter is there.
 */
@Component(immediate = true)
public class EclipseLinkWiringCheck {
    private static final Logger LOG = LoggerFactory.getLogger(EclipseLinkWiringCheck.class);
    static final String ECLIPSELINK = "org.eclipse.persistence.core";
    static final String PACKAGE = "javax.transaction";
    /** Set before the refresh: the refresh restarts this bundle, and a wiring that stays broken must not loop. */
    static final String ONCE = "offerbridge.eclipselink.rewired";

    @Activate
    public EclipseLinkWiringCheck(BundleContext context) {
        Bundle eclipseLink = find(context, ECLIPSELINK);
        if (eclipseLink == null || !needsRewiring(eclipseLink, context)) {
            return;
        }
        if (System.getProperty(ONCE) != null) {
            LOG.warn("EclipseLink is still not wired to {} after a refresh; JPA calls may fail", PACKAGE);
            return;
        }
        System.setProperty(ONCE, "true");
        LOG.info("EclipseLink was resolved without {} (restart order); refreshing it", PACKAGE);
        FrameworkWiring framework = context.getBundle(0).adapt(FrameworkWiring.class);
        framework.refreshBundles(List.of(eclipseLink));
    }

    static boolean needsRewiring(Bundle bundle, BundleContext context) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (PACKAGE.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return false;
            }
        }
        return exported(context);
    }

    private static boolean exported(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            BundleWiring w = b.adapt(BundleWiring.class);
            if (w == null) {
                continue;
            }
            for (BundleCapability c : w.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                if (PACKAGE.equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Bundle find(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }
}
