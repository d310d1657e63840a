package org.offerbridge.platform.internal.admin;

import java.time.Instant;
import java.util.Optional;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffAuthentication;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.internal.security.Authenticator;
import org.offerbridge.platform.internal.security.Authenticator.LoginFailure;
import org.offerbridge.platform.internal.security.Authenticator.LoginResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Staff login for in-server UIs, delegating to the same {@link Authenticator} as {@code /auth/login}. */
@Component(service = StaffAuthentication.class)
public class StaffAuthenticationImpl implements StaffAuthentication {
    private final Authenticator authenticator;

    @Activate
    public StaffAuthenticationImpl(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Login login(String email, char[] password, String tenantId, Device device) {
        if (email == null || email.isBlank() || password == null || password.length == 0) {
            return new Login(null, null, null, Failure.REJECTED, null);
        }
        Device d = device == null ? new Device(null, null, null, null) : device;
        LoginResult r = authenticator.login(email.strip(), password, tenantId,
                new Authenticator.Device(d.ip(), d.userAgent(), d.deviceId(), d.acceptLanguage()));
        if (r.failure() == LoginFailure.AMBIGUOUS_WORKSPACE) {
            return new Login(null, null, null, Failure.CHOOSE_WORKSPACE, r.workspaces());
        }
        if (r.failure() != null) {
            return new Login(null, null, null, Failure.REJECTED, null);
        }
        TenantPrincipal p = new TenantPrincipal(r.tenant().id, r.user().id, null, Role.of(r.user().role), r.tenant().planId);
        return new Login(p, r.token(), Instant.ofEpochMilli(r.expiresAt()), null, null);
    }

    @Override
    public Optional<TenantPrincipal> resume(String sessionToken) {
        if (sessionToken == null || !sessionToken.startsWith(Authenticator.SESSION_PREFIX)) {
            return Optional.empty();
        }
        return authenticator.authenticate(sessionToken);
    }

    @Override
    public void logout(String sessionToken) {
        authenticator.logout(sessionToken);
    }
}
