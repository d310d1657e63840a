package org.offerbridge.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to the staff of the tenant bound in {@link RequestContext}: capabilities use it to name or
 * validate a staff member (e.g. a customer's owner) without reaching into the platform's tables.
 */
@ProviderType
public interface StaffDirectory {

    /** One staff member of the bound tenant. */
    record StaffMember(String id, String email, String displayName, Role role, boolean active) {
    }

    /** The staff member with this id in the bound tenant; empty for unknown ids and other tenants' users. */
    Optional<StaffMember> find(String userId);

    /** Staff of the bound tenant ordered by email, at most {@code limit}. */
    List<StaffMember> list(int limit);
}
