package org.offerbridge.platform.api.onboarding;

import org.osgi.annotation.versioning.ProviderType;

/** The getting-started checklist's state for the workspace bound in {@code RequestContext}. */
@ProviderType
public interface GettingStarted {

    /** True once someone of the workspace dismissed the checklist. */
    boolean dismissed();

    /** Hides the checklist for the whole workspace (admin or owner; a 403 problem otherwise); audited. */
    void dismiss();
}
