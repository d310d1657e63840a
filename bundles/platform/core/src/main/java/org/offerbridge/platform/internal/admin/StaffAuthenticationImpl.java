package org.offerbridge.platform.internal.admin;

import java.time.Instant;
import java.util.Optional;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffAuthentication;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.platform.internal.gateway.AuthFailures;
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
    private final AuthFailures failures;
    private final ClientAddresses addresses;

    @Activate
    public StaffAuthenticationImpl(@Reference Authenticator authenticator, @Reference AuthFailures failures,
            @Reference ClientAddresses addresses) {
        this.authenticator = authenticator;
        this.failures = failures;
        this.addresses = addresses;
    }

    @Override
    public Login login(String email, char[] password, String tenantId, Device device) {
        if (email == null || email.isBlank() || password == null || password.length == 0) {
            return new Login(null, null, null, Failure.REJECTED, null);
        }
        Device d = device == null ? new Device(null, null, null, null) : device;
        String ip = addresses.resolve(d.ip(), d.forwarding()::get);
        if (failures.retryAfter(ip) > 0) {
            // the same count as POST /auth/login: the UI is no way around it, and the password is not checked
            return new Login(null, null, null, Failure.TOO_MANY_ATTEMPTS, null);
        }
        LoginResult r = authenticator.login(email.strip(), password, tenantId,
                new Authenticator.Device(ip, d.userAgent(), d.deviceId(), d.acceptLanguage()));
        if (r.failure() == LoginFailure.AMBIGUOUS_WORKSPACE) {
            return new Login(null, null, null, Failure.CHOOSE_WORKSPACE, r.workspaces());
        }
        if (r.failure() != null) {
            failures.record(ip);
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
