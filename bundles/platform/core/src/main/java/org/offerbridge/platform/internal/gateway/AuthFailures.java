package org.offerbridge.platform.internal.gateway;

import java.util.Map;
import java.util.function.LongSupplier;

import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.security.RateLimiter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed authentications per client address, shared by every way in: API keys and session tokens at the
 * gateway, {@code POST /auth/login} and the admin UI's login. Guessing keys, tokens or passwords from one address
 * is slowed to {@link AuthenticationLimits#authFailuresPerMinute()}, whichever account it tries.
 */
@Component(service = AuthFailures.class, configurationPid = PlatformConfig.PID)
public class AuthFailures {
    private static final Logger LOG = LoggerFactory.getLogger(AuthFailures.class);

    private final RateLimiter limiter;
    private volatile int perMinute;

    @Activate
    public AuthFailures(AuthenticationLimits limits) {
        this(limits, System::nanoTime);
    }

    AuthFailures(AuthenticationLimits limits, LongSupplier nanoClock) {
        this.limiter = new RateLimiter(nanoClock);
        this.perMinute = limits.authFailuresPerMinute();
    }

    @Modified
    void modified(AuthenticationLimits limits) {
        this.perMinute = limits.authFailuresPerMinute();
    }

    /** Seconds {@code address} must wait before its credentials are checked again; 0 when they may be checked now. */
    /** The one answer to an address over its limit: 429 with {@code Retry-After}, for the gateway and the login alike. */
    public static ProblemException refusal(long retryAfterSeconds) {
        return new ProblemException(429, "rate-limited", "Too many requests",
                "Too many failed authentications from your address; retry after " + retryAfterSeconds + " s", null,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public long retryAfter(String address) {
        return limiter.waitFor(key(address), perMinute);
    }

    /** Counts one failed authentication from {@code address}. */
    public void record(String address) {
        int allowed = perMinute;
        limiter.acquire(key(address), allowed);
        if (limiter.waitFor(key(address), allowed) > 0) {
            // once per burst: afterwards the address is refused before anything is counted, so a client cannot flood the log
            LOG.info("{} failed authentications in a minute from one address: refusing its credentials with 429", allowed);
        }
    }

    private static String key(String address) {
        return "fail:" + address;
    }
}
