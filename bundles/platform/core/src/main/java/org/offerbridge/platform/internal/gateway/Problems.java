package org.offerbridge.platform.internal.gateway;

import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.rest.Problem;
import org.offerbridge.platform.api.rest.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Builds problem+json responses. Serialised here so they never depend on content negotiation. */
public final class Problems {
    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail, String field, String requestId) {
        Problem p = new Problem(Problem.TYPE_BASE + type, title, status, detail, field, requestId);
        String body;
        try {
            body = ApiJson.MAPPER.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).header("X-Request-Id", requestId).build();
    }

    /** The problem a {@link ProblemException} describes, with its headers (e.g. {@code Retry-After}). */
    public static Response response(ProblemException p, String requestId) {
        Response.ResponseBuilder b = Response.fromResponse(response(p.status(), p.type(), p.title(), p.getMessage(), p.field(), requestId));
        p.headers().forEach(b::header);
        return b.build();
    }
}
