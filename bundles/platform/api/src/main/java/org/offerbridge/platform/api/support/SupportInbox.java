package org.offerbridge.platform.api.support;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The operator's view of problem reports across workspaces, for the shell commands; never exposed to tenants. */
@ProviderType
public interface SupportInbox {

    /** Newest first, at most {@code limit} (1..500); only workspace {@code tenantId}'s when it is not null. */
    List<SupportReport> latest(String tenantId, int limit);

    /** One report by its reference. */
    Optional<SupportReport> find(String id);
}
