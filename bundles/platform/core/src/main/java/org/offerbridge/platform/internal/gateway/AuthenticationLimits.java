package org.offerbridge.platform.internal.gateway;

/**
 * The gateway's limit on failed authentications, read from the platform configuration
 * (etc/org.offerbridge.platform.cfg) beside {@link org.offerbridge.platform.internal.PlatformConfig}.
 */
public @interface AuthenticationLimits {
    /** Failed authentications (wrong, expired or revoked credentials) per minute and client address before 429. */
    int authFailuresPerMinute() default 20;
}
