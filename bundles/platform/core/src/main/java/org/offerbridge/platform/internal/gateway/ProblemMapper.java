package org.offerbridge.platform.internal.gateway;

import java.util.List;
import java.util.Map;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.offerbridge.platform.api.QuotaExceededException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Maps every exception to application/problem+json. Unexpected errors are logged with the request id and
 * tenant (through the MDC) and answered with a bare 500: no stack trace reaches the caller.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("offerbridge.problems")
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private final RequestContext context;

    @Context
    UriInfo uriInfo;

    @Activate
    public ProblemMapper(@Reference RequestContext context) {
        this.context = context;
    }

    @Override
    public Response toResponse(Throwable e) {
        String id = context.requestId();
        if (e instanceof ProblemException p) {
            return Problems.response(p, id);
        }
        if (e instanceof QuotaExceededException q) {
            return Problems.response(402, "quota-exceeded", "Plan quota exceeded", q.getMessage(), q.metric(), id);
        }
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            return Problems.response(400, "malformed-json", "Malformed request body", describe(json), field(json), id);
        }
        if (e instanceof WebApplicationException w404 && w404.getResponse().getStatus() == 404 && e.getCause() != null) {
            // JAX-RS answers a query value that does not convert to the parameter's type (limit=1e999999999) with
            // a 404 carrying the conversion failure (CXF: a plain WebApplicationException): that is bad input, a
            // 400 naming the parameter. A 404 for a missing resource carries no cause.
            String parameter = queryParameterIn(e.getCause());
            return Problems.response(400, "invalid-parameter", "Invalid parameter", parameter == null
                    ? "A parameter has a value of the wrong type" : "Query parameter '" + parameter + "' has a value of the wrong type",
                    parameter, id);
        }
        if (e instanceof NotFoundException) {
            return Problems.response(404, "not-found", "Not found", "No such resource", null, id);
        }
        if (e instanceof NotAllowedException) {
            return Problems.response(405, "method-not-allowed", "Method not allowed", "This resource does not support that method", null, id);
        }
        // CXF signals an unsupported Content-Type with a plain WebApplicationException, so match the status.
        if (e instanceof WebApplicationException w415 && w415.getResponse().getStatus() == 415) {
            return Problems.response(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json (Content-Type header)", "Content-Type", id);
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int s = w.getResponse().getStatus();
            String reason = w.getResponse().getStatusInfo().getReasonPhrase();
            return Problems.response(s, "http-" + s, reason, reason, null, id);
        }
        LOG.error("Unexpected error serving request {}", id, e);
        return Problems.response(500, "internal-error", "Internal error",
                "Something went wrong on our side. Quote the request id when contacting support.", null, id);
    }

    /** The query parameter whose value the conversion failure quotes; null when none does. */
    private String queryParameterIn(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        try {
            for (Map.Entry<String, List<String>> p : uriInfo.getQueryParameters().entrySet()) {
                for (String value : p.getValue()) {
                    if (!value.isEmpty() && message.contains("\"" + value + "\"")) {
                        return p.getKey();
                    }
                }
            }
        } catch (RuntimeException outsideRequest) {
            return null;
        }
        return null;
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return j;
            }
        }
        return null;
    }

    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.length() == 0 ? "body" : sb.toString();
        }
        return "body";
    }

    private static String describe(JsonProcessingException e) {
        String field = field(e);
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return "Unknown field '" + field + "'";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return "Field '" + field + "' has the wrong type";
        }
        return "The body is not valid JSON" + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")" : "");
    }
}
