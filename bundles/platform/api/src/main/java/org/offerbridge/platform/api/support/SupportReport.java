package org.offerbridge.platform.api.support;

import java.time.Instant;
import java.util.List;

/**
 * One stored problem report. Tenant, company and reporter come from the server; the rest from the admin UI, masked.
 *
 * @param id             the report's reference, e.g. {@code sr-3f2a9c1b}
 * @param tenantId       the workspace it was submitted in
 * @param companyName    the workspace's company name at submission
 * @param reporter       the staff member's email, or {@code apikey:ID} when an API key submitted it
 * @param role           the reporter's role
 * @param submittedAt    when the server stored it
 * @param zoneId         the reporter's time zone (IANA id; UTC when unknown)
 * @param requestId      the request id of the submission, when there was one
 */
public record SupportReport(String id, String tenantId, String companyName, String reporter, String role,
        Instant submittedAt, String zoneId, String view, String userAgent, String error, List<String> failedRequests,
        List<String> recentActions, String description, String requestId) {
    public SupportReport {
        failedRequests = failedRequests == null ? List.of() : List.copyOf(failedRequests);
        recentActions = recentActions == null ? List.of() : List.copyOf(recentActions);
    }
}
