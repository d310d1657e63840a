package org.offerbridge.platform.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail as sent to callers. {@code field} names the input at fault; {@code requestId}
 * is the support reference that also appears in the server log with the tenant.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String requestId) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://offerbridge.org/problems/";
}
