package org.offerbridge.platform.internal.gateway;

/**
 * Which reverse proxies may tell the server the client's address, read from the platform configuration
 * (etc/org.offerbridge.platform.cfg) beside {@link org.offerbridge.platform.internal.PlatformConfig}.
 */
public @interface ProxyConfig {
    /**
     * Addresses or CIDR ranges of trusted reverse proxies, comma-separated. Empty: the client address is the
     * socket peer's and no forwarding header is ever read.
     */
    String[] trustedProxies() default {};

    /** The header a trusted proxy writes the client address into: {@code X-Forwarded-For} or {@code Forwarded} (RFC 7239). */
    String clientAddressHeader() default ClientAddressResolver.X_FORWARDED_FOR;
}
