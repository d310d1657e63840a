package org.offerbridge.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff login for user interfaces that run inside the server (the admin UI): the same credentials, lockout
 * rules, login events and sessions as {@code POST /api/v1/auth/login}. The session token stays on the server
 * side of the UI; it is never logged.
 */
@ProviderType
public interface StaffAuthentication {

    /**
     * Client-visible device signals recorded with each login attempt.
     *
     * @param ip         the socket peer's address of the login request
     * @param forwarding the request's forwarding headers ({@code X-Forwarded-For}, {@code Forwarded}) by name;
     *                   read only when {@code ip} is a configured trusted proxy, to find the client behind it
     */
    record Device(String ip, String userAgent, String deviceId, String acceptLanguage, Map<String, List<String>> forwarding) {
        public Device {
            forwarding = forwarding == null ? Map.of() : Map.copyOf(forwarding);
        }

        /** A device seen directly, without forwarding headers. */
        public Device(String ip, String userAgent, String deviceId, String acceptLanguage) {
            this(ip, userAgent, deviceId, acceptLanguage, Map.of());
        }
    }

    /** Why a login did not open a session. */
    enum Failure {
        /** Wrong email or password, unknown account, locked account: one answer for all, nothing to enumerate. */
        REJECTED,
        /** The credentials open several workspaces: repeat with one of {@link Login#workspaces()}. */
        CHOOSE_WORKSPACE,
        /**
         * Too many failed authentications from the client's address: refused before the password is checked,
         * as {@code POST /auth/login} answers 429.
         */
        TOO_MANY_ATTEMPTS
    }

    /**
     * Outcome of a login: a principal and session token on success, otherwise a failure.
     *
     * @param workspaces tenant ids to choose from when {@code failure} is {@link Failure#CHOOSE_WORKSPACE}
     */
    record Login(TenantPrincipal principal, String sessionToken, Instant expiresAt, Failure failure, List<String> workspaces) {
        public Login {
            workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
        }

        public boolean succeeded() {
            return failure == null;
        }
    }

    /**
     * Checks email and password, applying the platform's lockout policy and its limit on failed
     * authentications per client address.
     *
     * @param tenantId picks the workspace when the email has accounts in several; may be null
     */
    Login login(String email, char[] password, String tenantId, Device device);

    /**
     * The principal of a session that is still valid: not expired or revoked, user active, workspace not
     * suspended. Role and plan are read afresh, so changes apply on the next request.
     */
    Optional<TenantPrincipal> resume(String sessionToken);

    /** Ends a session; unknown tokens are ignored. */
    void logout(String sessionToken);
}
