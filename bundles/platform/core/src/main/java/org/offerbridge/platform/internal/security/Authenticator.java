package org.offerbridge.platform.internal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.persistence.ApiKeyEntity;
import org.offerbridge.platform.internal.persistence.ApiKeyStore;
import org.offerbridge.platform.internal.persistence.LoginEventEntity;
import org.offerbridge.platform.internal.persistence.SessionEntity;
import org.offerbridge.platform.internal.persistence.SessionStore;
import org.offerbridge.platform.internal.persistence.TenantEntity;
import org.offerbridge.platform.internal.persistence.UserEntity;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.offerbridge.platform.api.secrets.SecretTokens;

/**
 * Turns credentials into a {@link TenantPrincipal}: API keys and staff session tokens on each request, and
 * email + password at login (with lockout and login events carrying device signals).
 */
@Component(service = Authenticator.class, configurationPid = PlatformConfig.PID)
@Designate(ocd = PlatformConfig.class)
public class Authenticator {
    /** Session tokens are distinguishable from API keys by prefix. */
    public static final String SESSION_PREFIX = "obs_";

    /** Client-visible device signals sent with a login. */
    public record Device(String ip, String userAgent, String deviceId, String acceptLanguage) {
        String hash() {
            String id = deviceId != null && !deviceId.isBlank() ? deviceId : "";
            return SecretTokens.sha256(id + "|" + nz(userAgent) + "|" + nz(acceptLanguage));
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    public enum LoginFailure { INVALID_CREDENTIALS, LOCKED, AMBIGUOUS_WORKSPACE }

    public record LoginResult(String token, long expiresAt, UserEntity user, TenantEntity tenant, LoginFailure failure,
            List<String> workspaces) {
    }

    private final ApiKeyStore keys;
    private final UserStore users;
    private final SessionStore sessions;
    private final WorkspaceStore workspaces;
    private final PasswordHasher hasher = new PasswordHasher();
    /** Checked on unknown emails too, so the response time does not reveal whether an account exists. */
    private final String dummyHash = hasher.hash("timing-equaliser".toCharArray());
    private volatile PlatformConfig config;

    @Activate
    public Authenticator(@Reference ApiKeyStore keys, @Reference UserStore users, @Reference SessionStore sessions,
            @Reference WorkspaceStore workspaces, PlatformConfig config) {
        this.keys = keys;
        this.users = users;
        this.sessions = sessions;
        this.workspaces = workspaces;
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    /** Resolves a bearer credential (API key or session token); empty when invalid, revoked or suspended. */
    public Optional<TenantPrincipal> authenticate(String bearer) {
        if (bearer == null) {
            return Optional.empty();
        }
        if (bearer.startsWith(SESSION_PREFIX)) {
            Optional<SessionEntity> s = sessions.activeSession(SecretTokens.sha256(bearer));
            if (s.isEmpty()) {
                return Optional.empty();
            }
            Optional<UserEntity> u = users.find(s.get().tenantId, s.get().userId).filter(x -> x.active);
            Optional<TenantEntity> t = activeTenant(s.get().tenantId);
            if (u.isEmpty() || t.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TenantPrincipal(t.get().id, u.get().id, null, Role.of(u.get().role), t.get().planId));
        }
        Optional<ApiKeyEntity> k = keys.verify(bearer);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        return activeTenant(k.get().tenantId).map(t -> new TenantPrincipal(t.id, null, k.get().id, Role.of(k.get().role), t.planId));
    }

    private Optional<TenantEntity> activeTenant(String tenantId) {
        return workspaces.find(tenantId).filter(t -> !t.suspended);
    }

    /**
     * Checks email and password. When the email has accounts in several workspaces, {@code tenantId} picks
     * one; without it, and with the password matching more than one, the caller is asked to choose.
     */
    public LoginResult login(String email, char[] password, String tenantId, Device device) {
        PlatformConfig c = config;
        List<UserEntity> candidates = users.byEmail(email).stream()
                .filter(u -> tenantId == null || tenantId.equals(u.tenantId)).toList();
        long now = System.currentTimeMillis();
        List<UserEntity> matching = new ArrayList<>();
        boolean locked = false;
        if (candidates.isEmpty()) {
            hasher.verify(password, dummyHash);
        }
        for (UserEntity u : candidates) {
            if (u.lockedUntil > now) {
                locked = true;
                continue;
            }
            if (hasher.verify(password, u.passwordHash)) {
                if (u.active && activeTenant(u.tenantId).isPresent()) {
                    matching.add(u);
                }
            } else {
                sessions.recordFailure(u.id, c.loginMaxFailures(), c.loginLockMinutes() * 60_000L);
            }
        }
        if (matching.isEmpty()) {
            LoginFailure f = locked ? LoginFailure.LOCKED : LoginFailure.INVALID_CREDENTIALS;
            recordEvent(candidates.size() == 1 ? candidates.get(0) : null, email, false, f.name(), device);
            return new LoginResult(null, 0, null, null, f, List.of());
        }
        if (matching.size() > 1) {
            return new LoginResult(null, 0, null, null, LoginFailure.AMBIGUOUS_WORKSPACE,
                    matching.stream().map(u -> u.tenantId).toList());
        }
        UserEntity u = matching.get(0);
        String token = SESSION_PREFIX + SecretTokens.random(32);
        long expires = now + c.sessionHours() * 3_600_000L;
        String rehash = hasher.needsRehash(u.passwordHash) ? hasher.hash(password) : null;
        sessions.openSession(u.id, u.tenantId, SecretTokens.sha256(token), expires, rehash);
        recordEvent(u, email, true, null, device);
        return new LoginResult(token, expires, u, workspaces.find(u.tenantId).orElseThrow(), null, List.of());
    }

    public void logout(String token) {
        if (token != null && token.startsWith(SESSION_PREFIX)) {
            sessions.revokeSession(SecretTokens.sha256(token));
        }
    }

    private void recordEvent(UserEntity u, String email, boolean success, String reason, Device d) {
        LoginEventEntity e = new LoginEventEntity();
        e.tenantId = u == null ? null : u.tenantId;
        e.userId = u == null ? null : u.id;
        e.email = email.toLowerCase(java.util.Locale.ROOT);
        e.success = success;
        e.reason = reason;
        e.ip = d.ip();
        e.userAgent = d.userAgent() == null ? null : d.userAgent().substring(0, Math.min(300, d.userAgent().length()));
        e.deviceHash = d.hash();
        sessions.recordLoginEvent(e);
    }

    public PasswordHasher hasher() {
        return hasher;
    }
}
