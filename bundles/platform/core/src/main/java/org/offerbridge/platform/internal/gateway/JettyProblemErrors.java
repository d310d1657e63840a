package org.offerbridge.platform.internal.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.offerbridge.platform.api.rest.Problem;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Errors that Jetty answers itself, before any servlet runs (400 for a bad URI such as {@code %00}, 414, 431),
 * as problem+json with a request id instead of Jetty's HTML page.
 * <p>
 * Pax Web 8 adds every OSGi service of type {@link Handler} to its Jetty server and hands it the server; that
 * is the hook used to install the server's {@link ErrorHandler}. The handler itself serves nothing.
 */
@Component(service = Handler.class)
public class JettyProblemErrors extends AbstractHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JettyProblemErrors.class);
    private final ErrorHandler errors = new ProblemErrorHandler();

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server == null || server.getErrorHandler() instanceof ProblemErrorHandler) {
            return;
        }
        try {
            // the server starts a new bean at once: it must know its server before (Jetty refuses it after)
            errors.setServer(server);
            server.setErrorHandler(errors);
        } catch (RuntimeException e) {
            // never stop the web server over error pages: Jetty's own stay in place
            LOG.warn("Could not install the problem+json error handler; the web server keeps its HTML error pages", e);
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        // nothing to serve: this handler only installs the error handler
    }

    static String reason(int status) {
        String r = HttpStatus.getMessage(status);
        return r == null ? "Error " + status : r;
    }

    static byte[] body(int status, String detail, String id) {
        String title = reason(status);
        Problem p = new Problem(Problem.TYPE_BASE + (status >= 500 ? "internal-error" : "http-" + status), title, status,
                detail == null ? title : detail, null, id);
        try {
            return ApiJson.MAPPER.writeValueAsBytes(p);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /** Writes problem+json for every error Jetty answers outside a servlet context. */
    static final class ProblemErrorHandler extends ErrorHandler {
        ProblemErrorHandler() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            String id = UUID.randomUUID().toString();
            LOG.debug("The web server refused a request with {} ({}), request {}", status, reason, id);
            fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
            fields.put("X-Request-Id", id);
            return ByteBuffer.wrap(body(status, detail(status), id));
        }

        @Override
        public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            int status = response.getStatus() < 400 ? 500 : response.getStatus();
            String id = UUID.randomUUID().toString();
            if (status >= 500) {
                Object cause = request.getAttribute("javax.servlet.error.exception");
                LOG.error("The web server answered {} {} with {}, request {}", request.getMethod(),
                        LogPaths.mask(request.getRequestURI()), status, id, cause instanceof Throwable t ? t : null);
            } else {
                LOG.debug("The web server refused {} with {}, request {}", LogPaths.mask(request.getRequestURI()), status, id);
            }
            byte[] body = body(status, detail(status), id);
            response.resetBuffer();
            response.setContentType(Problem.MEDIA_TYPE);
            response.setHeader("X-Request-Id", id);
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            baseRequest.setHandled(true);
        }

        private static String detail(int status) {
            return switch (status) {
                case 400 -> "The request is malformed (for example a NUL or broken percent-encoding in the path)";
                case 414 -> "The URI is too long";
                case 431 -> "The request headers are too large";
                default -> null;
            };
        }
    }
}
