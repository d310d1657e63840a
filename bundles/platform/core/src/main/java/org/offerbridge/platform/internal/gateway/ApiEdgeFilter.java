package org.offerbridge.platform.internal.gateway;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.offerbridge.platform.api.rest.Problem;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of the JAX-RS runtime for /api/*: refuses what the runtime would answer with a 500 (see
 * {@link EdgeChecks}), turns the runtime's own error pages ({@code sendError}) into problem+json, and
 * answers a problem+json 500 with a request id if an exception escapes it, instead of the web server's
 * HTML page with the exception chain.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=offerbridge-api-edge",
    "osgi.http.whiteboard.filter.pattern=/*",
    // whichever context the JAX-RS whiteboard serves /api/v1 from
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
    "service.ranking:Integer=1000"
})
public class ApiEdgeFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ApiEdgeFilter.class);
    private static final String API = "/api/";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || request.getRequestURI() == null || !request.getRequestURI().startsWith(API)) {
            chain.doFilter(req, res);
            return;
        }
        Optional<EdgeChecks.Refusal> refusal = EdgeChecks.check(request.getMethod(), request.getContentType(),
                request.getContentLengthLong(), "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding")),
                request.getQueryString());
        if (refusal.isPresent()) {
            EdgeChecks.Refusal r = refusal.get();
            String id = UUID.randomUUID().toString();
            LOG.debug("Refused {} {} with {} ({}), request {}", request.getMethod(), LogPaths.mask(request.getRequestURI()),
                    r.status(), r.field(), id);
            write(response, r.status(), r.type(), r.title(), r.detail(), r.field(), id);
            return;
        }
        try {
            chain.doFilter(request, new ProblemErrors(response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || isClientAbort(e)) {
                throw e;
            }
            String id = UUID.randomUUID().toString();
            LOG.error("Unexpected error serving {} {}, request {}", request.getMethod(), LogPaths.mask(request.getRequestURI()), id, e);
            response.reset();
            write(response, 500, "internal-error", "Internal error",
                    "Something went wrong on our side. Quote the request id when contacting support.", null, id);
        }
    }

    private static boolean isClientAbort(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("EofException")) {
                return true;
            }
        }
        return false;
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail, String field,
            String id) throws IOException {
        byte[] body = ApiJson.MAPPER.writeValueAsBytes(new Problem(Problem.TYPE_BASE + type, title, status, detail, field, id));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader("X-Request-Id", id);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** Answers the runtime's {@code sendError} with problem+json instead of the web server's HTML page. */
    private static final class ProblemErrors extends HttpServletResponseWrapper {
        ProblemErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            HttpServletResponse r = (HttpServletResponse) getResponse();
            r.resetBuffer();
            String title = JettyProblemErrors.reason(status);
            write(r, status, status >= 500 ? "internal-error" : "http-" + status, title, title, null, UUID.randomUUID().toString());
        }
    }
}
