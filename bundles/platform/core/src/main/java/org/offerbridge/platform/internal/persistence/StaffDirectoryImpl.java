package org.offerbridge.platform.internal.persistence;

import java.util.List;
import java.util.Optional;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Staff lookup scoped to the tenant bound to the current request; fails closed without one. */
@Component(service = StaffDirectory.class)
public class StaffDirectoryImpl implements StaffDirectory {
    private final UserStore users;
    private final RequestContext context;

    @Activate
    public StaffDirectoryImpl(@Reference UserStore users, @Reference RequestContext context) {
        this.users = users;
        this.context = context;
    }

    @Override
    public Optional<StaffMember> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return users.find(context.require().tenantId(), userId).map(StaffDirectoryImpl::toMember);
    }

    @Override
    public List<StaffMember> list(int limit) {
        return users.list(context.require().tenantId(), null, Math.max(1, Math.min(limit, 1000))).stream()
                .map(StaffDirectoryImpl::toMember).toList();
    }

    private static StaffMember toMember(UserEntity u) {
        return new StaffMember(u.id, u.email, u.displayName, Role.of(u.role), u.active);
    }
}
