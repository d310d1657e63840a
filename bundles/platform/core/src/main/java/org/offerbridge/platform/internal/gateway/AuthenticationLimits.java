package org.offerbridge.platform.internal.gateway;

/**
 * The limit on failed authentications per client address (see {@link AuthFailures}), read from the platform configuration
 * (etc/org.offerbridge.platform.cfg) beside {@link org.offerbridge.platform.internal.PlatformConfig}.
 */
public @interface AuthenticationLimits {
    /** Failed authentications (wrong, expired or revoked key or token, failed login) per minute and client address before 429. */
    int authFailuresPerMinute() default 20;
}
