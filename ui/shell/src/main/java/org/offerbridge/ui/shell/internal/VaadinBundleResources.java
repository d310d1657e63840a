package org.offerbridge.ui.shell.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The class loader Vaadin looks up static files with ({@code /VAADIN/...}: bootstrap script, widgetset, Valo
 * theme). Classes come from the shell bundle; {@code VAADIN/} resources come from the entries of the active
 * {@code com.vaadin.*} bundles, which export no such packages, so no bundle class loader would find them.
 */
final class VaadinBundleResources extends ClassLoader {
    private static final String PREFIX = "VAADIN/";
    private final BundleContext context;

    VaadinBundleResources(ClassLoader parent, BundleContext context) {
        super(parent);
        this.context = context;
    }

    @Override
    protected URL findResource(String name) {
        if (name == null || !name.startsWith(PREFIX) || name.contains("..")) {
            return null;
        }
        for (Bundle b : context.getBundles()) {
            String bsn = b.getSymbolicName();
            if (bsn != null && bsn.startsWith("com.vaadin.") && (b.getState() & (Bundle.ACTIVE | Bundle.RESOLVED | Bundle.STARTING)) != 0) {
                URL url = b.getEntry(name);
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
}
