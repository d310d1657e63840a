package org.offerbridge.ui.shell.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.StaffAuthentication;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.support.SupportReports;

/**
 * What the UI needs from the platform, handed to each UI instance by the servlet (no static holders).
 * {@code systemMessages} is optional: the system-messages feature may be absent.
 */
record ShellServices(StaffAuthentication auth, RequestContext context, CapabilityRegistry capabilities,
        WorkspaceSettings settings, StaffDirectory staff, StaffAdministration staffAdmin, ViewRegistry views, Supplier<Optional<SystemMessageLog>> systemMessages,
        SupportReports supportReports) {
}
