package org.offerbridge.platform.api.support;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Problem reports of the workspace bound in {@link org.offerbridge.platform.api.RequestContext}. Any staff role may
 * submit one. The workspace, its company name, the reporter's email and the time are taken from the bound caller and
 * the server, never from the draft, so a report cannot carry another workspace's identity; anything in the draft that
 * looks like an API key, a link token, a bearer token or a password is masked before it is stored.
 */
@ProviderType
public interface SupportReports {
    /** Longest description (the steps the user describes). */
    int MAX_DESCRIPTION = 4000;
    /** Most entries in each list (failed calls, recent actions). */
    int MAX_ENTRIES = 10;
    /** Longest single entry, view, user agent or error text. */
    int MAX_ENTRY = 500;

    /**
     * What the admin UI collected, and what the user wrote.
     *
     * @param view           the view and URL fragment the user was on, e.g. {@code quotes/3f2a}
     * @param zoneId         the staff member's time zone (IANA id), or null for UTC
     * @param userAgent      the browser's user agent
     * @param error          the last error shown, or null
     * @param failedRequests the references of the last failed calls, newest last (at most {@link #MAX_ENTRIES})
     * @param recentActions  the last navigations and actions, newest last (at most {@link #MAX_ENTRIES})
     * @param description    the steps in the user's words (at most {@link #MAX_DESCRIPTION} characters)
     */
    record Draft(String view, String zoneId, String userAgent, String error, List<String> failedRequests,
            List<String> recentActions, String description) {
    }

    /**
     * Stores a report for the operator and audits it as {@code support.reported}; any role. Refuses with a 400 naming
     * the field (description required and at most 4000 characters, lists of at most 10 entries, no control characters
     * in single-line fields, a known time zone).
     *
     * @return the stored report, as the operator will see it
     */
    SupportReport submit(Draft draft);
}
