package org.offerbridge.ui.shell.internal;

import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.ServletException;

import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.StaffAuthentication;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.support.SupportReports;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.server.DeploymentConfiguration;
import com.vaadin.server.ServiceException;
import com.vaadin.server.SessionDestroyEvent;
import com.vaadin.server.SessionInitEvent;
import com.vaadin.server.UIClassSelectionEvent;
import com.vaadin.server.UICreateEvent;
import com.vaadin.server.UIProvider;
import com.vaadin.server.VaadinServlet;
import com.vaadin.server.VaadinServletService;
import com.vaadin.ui.UI;

/**
 * The admin UI's Vaadin servlet, registered with the OSGi HTTP Whiteboard at {@code /ui/*} and at
 * {@code /VAADIN/*} (bootstrap script, widgetset and Valo theme, read from the {@code com.vaadin.*} bundles).
 * Each UI gets the platform services through its constructor.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.name=offerbridge-ui",
    "osgi.http.whiteboard.servlet.pattern=/ui/*",
    "osgi.http.whiteboard.servlet.pattern=/VAADIN/*",
    "servlet.init.productionMode=true",
    // Closed tabs stop their UI after three missed heartbeats; idle sessions end with the HTTP session.
    "servlet.init.heartbeatInterval=60",
    "servlet.init.closeIdleSessions=true",
})
public class UiServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UiServlet.class);
    /** Minutes without user activity after which the UI session ends (the platform session token is revoked). */
    static final int IDLE_MINUTES = 30;

    private final transient ShellServices services;
    private final transient ClassLoader resources;
    private final long activation = System.currentTimeMillis();
    private transient volatile SystemMessageLog systemMessages;

    @Activate
    public UiServlet(BundleContext bundleContext, @Reference StaffAuthentication auth, @Reference RequestContext context,
            @Reference CapabilityRegistry capabilities, @Reference WorkspaceSettings settings,
            @Reference StaffDirectory staff, @Reference StaffAdministration staffAdmin, @Reference ViewRegistry views,
            @Reference SupportReports supportReports) {
        this.services = new ShellServices(auth, context, capabilities, settings, staff, staffAdmin, views, () -> Optional.ofNullable(systemMessages),
                supportReports);
        this.resources = new VaadinBundleResources(UiServlet.class.getClassLoader(), bundleContext);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSystemMessages(SystemMessageLog log) {
        this.systemMessages = log;
    }

    void unbindSystemMessages(SystemMessageLog log) {
        if (this.systemMessages == log) {
            this.systemMessages = null;
        }
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            /**
             * Vaadin keys its session in the HTTP session by this name. A new name per activation means that after
             * this bundle is refreshed, sessions holding the old bundle's classes are ignored: users log in again
             * instead of hitting classes of a stopped bundle.
             */
            @Override
            public String getServiceName() {
                return super.getServiceName() + "-" + activation;
            }
        };
        service.setClassLoader(resources);
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        UIProvider provider = new UIProvider() {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<? extends UI> getUIClass(UIClassSelectionEvent event) {
                return ShellUI.class;
            }

            @Override
            public UI createInstance(UICreateEvent event) {
                return new ShellUI(services);
            }
        };
        getService().addSessionInitListener((SessionInitEvent e) -> {
            e.getSession().getSession().setMaxInactiveInterval(IDLE_MINUTES * 60);
            e.getSession().addUIProvider(provider);
        });
        getService().addSessionDestroyListener((SessionDestroyEvent e) -> {
            StaffUiSession s = e.getSession().getAttribute(StaffUiSession.class);
            if (s != null) {
                s.end();
            }
        });
        LOG.info("Admin UI ready at /ui/");
    }
}
