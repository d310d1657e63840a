package org.offerbridge.platform.internal.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.UUID;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.BrowserRefusalPages;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.context.ThreadRequestContext;
import org.offerbridge.platform.internal.persistence.IdempotencyStore;
import org.offerbridge.platform.internal.security.Authenticator;
import org.offerbridge.platform.internal.security.RateLimiter;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * The front door of every API request, in this order: request id, body size limit, authentication, rate
 * limit, idempotency. It authenticates whatever credentials are presented; whether a method needs them is
 * decided per method by {@link AuthorizationFeature}.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class}, configurationPid = PlatformConfig.PID)
@JaxrsExtension
@JaxrsName("offerbridge.gateway")
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class GatewayFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayFilter.class);
    static final String IDEMPOTENCY_CLAIM = "offerbridge.idempotency.claim";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final MediaType TEXT_CSV = new MediaType("text", "csv");
    private static final MediaType APPLICATION_CSV = new MediaType("application", "csv");

    private final ThreadRequestContext context;
    private final Authenticator authenticator;
    private final IdempotencyStore idempotency;
    private final PlanCatalog plans;
    private final RateLimiter keyLimiter = new RateLimiter();
    private final RateLimiter anonymousLimiter = new RateLimiter();
    /** Providers' callbacks per client address: providers send bursts from a few shared addresses. */
    private final RateLimiter callbackLimiter = new RateLimiter();
    private final CallbackPaths callbacks;
    /** Failed authentications per client address: guessing keys, tokens or passwords is slowed to a trickle. */
    private final AuthFailures failures;
    private final ClientAddressResolver addresses;
    private volatile PlatformConfig config;
    /**
     * Capabilities' pages for browsers refused here (413, 429). Dynamic, so installing such a capability does not
     * restart the gateway (and its limiters); hence a bound method instead of a constructor parameter.
     */
    private final List<BrowserRefusalPages> refusalPages = new CopyOnWriteArrayList<>();

    @Context
    HttpServletRequest servletRequest;

    @Activate
    public GatewayFilter(@Reference ThreadRequestContext context, @Reference Authenticator authenticator,
            @Reference IdempotencyStore idempotency, @Reference PlanCatalog plans, @Reference AuthFailures failures,
            @Reference ClientAddressResolver addresses, @Reference CallbackPaths callbacks, PlatformConfig config) {
        this.context = context;
        this.callbacks = callbacks;
        this.authenticator = authenticator;
        this.idempotency = idempotency;
        this.plans = plans;
        this.failures = failures;
        this.addresses = addresses;
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRefusalPages(BrowserRefusalPages pages) {
        refusalPages.add(pages);
    }

    void removeRefusalPages(BrowserRefusalPages pages) {
        refusalPages.remove(pages);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String requestId = UUID.randomUUID().toString();
        context.begin(requestId);
        PlatformConfig c = config;

        // Bulk uploads (CSV) are spooled to disk after authentication instead of buffered in memory.
        boolean upload = isUpload(request);
        byte[] bodyHash = null;
        if (!upload) {
            byte[] body = readBounded(request, c.maxRequestBytes());
            if (body == null) {
                tooLarge(request, c.maxRequestBytes());
                return;
            }
            bodyHash = SecretTokens.sha256(body);
        }

        String client = addresses.of(servletRequest);
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        TenantPrincipal principal = null;
        if (authorization != null) {
            long wait = failures.retryAfter(client);
            if (wait > 0) {
                // logged once when the limit is reached (below), not per refusal: a client must not flood the log
                LOG.debug("Refused a request from an address over its failed-authentication limit for {} s", wait);
                tooManyFailures(request, wait);
                return;
            }
            String bearer = bearer(authorization);
            Optional<TenantPrincipal> p = bearer == null ? Optional.empty() : authenticator.authenticate(bearer);
            if (p.isEmpty()) {
                failures.record(client);
                Response r = Problems.response(401, "unauthorized", "Unauthorized", bearer == null
                        ? "Send the API key or session token as 'Authorization: Bearer <token>'"
                        : "The credentials are invalid, expired or revoked", null, requestId);
                request.abortWith(Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build());
                request.getHeaders().remove(HttpHeaders.AUTHORIZATION);
                return;
            }
            principal = p.get();
            context.bindPrincipal(principal);
        }

        String limiterKey;
        long retryAfter;
        if (principal != null) {
            int perMinute = plans.find(principal.planId()).map(Plan::requestsPerMinute).orElse(60);
            String caller = principal.apiKeyId() != null ? "key:" + principal.apiKeyId() : "user:" + principal.userId();
            limiterKey = caller;
            retryAfter = keyLimiter.acquire(caller, perMinute);
        } else if (callbacks.matches(request.getUriInfo().getPath())) {
            limiterKey = "ip:" + client;
            retryAfter = callbackLimiter.acquire(limiterKey, c.callbackRequestsPerMinute());
        } else {
            limiterKey = "ip:" + client;
            retryAfter = anonymousLimiter.acquire(limiterKey, c.anonymousRequestsPerMinute());
        }
        if (retryAfter > 0) {
            LOG.info("Rate limit reached for {}", principal != null ? limiterKey : "an anonymous client");
            if (principal == null) {
                Optional<Response> page = browserPage(request, 429, new BrowserRefusalPages.Facts(
                        BrowserRefusalPages.Refusal.RATE_LIMITED, 0, retryAfter));
                if (page.isPresent()) {
                    request.abortWith(page.get());
                    return;
                }
            }
            Response r = Problems.response(429, "rate-limited", "Too many requests",
                    "Too many requests; retry after " + retryAfter + " s", null, requestId);
            request.abortWith(Response.fromResponse(r).header("Retry-After", retryAfter).build());
            return;
        }

        if (upload) {
            long max = principal != null ? c.maxUploadBytes() : c.maxRequestBytes();
            bodyHash = UploadSpool.spool(request, max);
            if (bodyHash == null) {
                tooLarge(request, max);
                return;
            }
        }

        String key = request.getHeaderString("Idempotency-Key");
        if (key != null && WRITES.contains(request.getMethod())) {
            handleIdempotency(request, key, bodyHash, principal);
        }
    }

    private static boolean isUpload(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && (type.isCompatible(TEXT_CSV) || type.isCompatible(APPLICATION_CSV));
    }

    private void tooLarge(ContainerRequestContext request, long max) {
        Optional<Response> page = browserPage(request, 413, new BrowserRefusalPages.Facts(BrowserRefusalPages.Refusal.PAYLOAD_TOO_LARGE, max, 0));
        if (page.isPresent()) {
            request.abortWith(page.get());
            return;
        }
        abort(request, 413, "payload-too-large", "Payload too large", "The request body is larger than " + max + " bytes", null);
    }

    /** A capability's page for a browser's request refused here; empty for scripts and unclaimed paths. */
    private Optional<Response> browserPage(ContainerRequestContext request, int status, BrowserRefusalPages.Facts facts) {
        return BrowserRefusals.answer(refusalPages, request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.ACCEPT), request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), status, facts);
    }

    private void handleIdempotency(ContainerRequestContext request, String key, byte[] bodySha256, TenantPrincipal principal) {
        if (key.isBlank() || key.length() > 255) {
            abort(request, 400, "validation", "Invalid request", "Idempotency-Key must be 1 to 255 characters", "Idempotency-Key");
            return;
        }
        String bodyHash = HexFormat.of().formatHex(bodySha256);
        String requestHash = SecretTokens.sha256(request.getMethod() + " " + request.getUriInfo().getPath() + " " + bodyHash);
        // Anonymous keys are scoped by the body: only someone who knows the whole request can replay it.
        String scope = principal != null ? "tenant:" + principal.tenantId() : "anonymous:" + requestHash;
        String id = SecretTokens.sha256(scope + "\n" + key);
        IdempotencyStore.Claim claim = idempotency.claim(id, requestHash);
        if (claim instanceof IdempotencyStore.Replay r) {
            request.abortWith(Response.status(r.status()).type(r.contentType()).entity(r.body())
                    .header("Idempotent-Replayed", "true").header("X-Request-Id", context.requestId()).build());
        } else if (claim instanceof IdempotencyStore.InProgress) {
            abort(request, 409, "idempotency-in-progress", "Conflict", "A request with this Idempotency-Key is still being processed", "Idempotency-Key");
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            abort(request, 422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request", "Idempotency-Key");
        } else if (claim instanceof IdempotencyStore.Claimed c) {
            request.setProperty(IDEMPOTENCY_CLAIM, c.id());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            response.getHeaders().putSingle("X-Request-Id", context.requestId());
            Object claim = request.getProperty(IDEMPOTENCY_CLAIM);
            if (claim instanceof String id) {
                if (response.getStatus() >= 500) {
                    idempotency.release(id);
                } else {
                    String type = response.getMediaType() == null ? "application/json" : response.getMediaType().toString();
                    idempotency.complete(id, response.getStatus(), type, serialize(response.getEntity()));
                }
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Could not finish the request bookkeeping", e);
        } finally {
            UploadSpool.discard(request);
            context.end();
        }
    }

    private static String serialize(Object entity) throws IOException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        return ApiJson.MAPPER.writeValueAsString(entity);
    }

    private void abort(ContainerRequestContext request, int status, String type, String title, String detail, String field) {
        request.abortWith(Problems.response(status, type, title, detail, field, context.requestId()));
    }

    private void tooManyFailures(ContainerRequestContext request, long retryAfter) {
        request.abortWith(Problems.response(AuthFailures.refusal(retryAfter), context.requestId()));
        request.getHeaders().remove(HttpHeaders.AUTHORIZATION);
    }

    /** The token of an {@code Authorization: Bearer <token>} header (scheme case-insensitive); null for any other scheme. */
    public static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    /**
     * Buffers the body so it can be hashed and bounded; null when it exceeds {@code max} (also for a chunked
     * body that declared no length).
     */
    private static byte[] readBounded(ContainerRequestContext request, long max) throws IOException {
        int declared = request.getLength();
        if (declared > max) {
            return null;
        }
        if (!request.hasEntity()) {
            return new byte[0];
        }
        InputStream in = request.getEntityStream();
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (data.length > max) {
            return null;
        }
        request.setEntityStream(new ByteArrayInputStream(data));
        return data;
    }
}
