package org.offerbridge.quotation.ui.internal;

import org.offerbridge.platform.api.Role;
import org.offerbridge.quotation.api.QuoteStatus;

/**
 * What staff may do with a quote in its status, as the service will allow it: sales and above change and send
 * drafts (once approved, where a discount needs it), revise sent or viewed quotes and revoke links; only admins
 * approve a draft's discounts, and only while approval is still required. Viewers read.
 */
record QuotePermissions(boolean edit, boolean send, boolean approve, boolean revise, boolean revoke) {

    static QuotePermissions of(QuoteStatus status, boolean approvalRequired, Role role) {
        if (status == null || role == null || !role.includes(Role.SALES)) {
            return new QuotePermissions(false, false, false, false, false);
        }
        boolean draft = status == QuoteStatus.DRAFT;
        boolean out = status == QuoteStatus.SENT || status == QuoteStatus.VIEWED;
        return new QuotePermissions(draft, draft && !approvalRequired, draft && approvalRequired && role.includes(Role.ADMIN), out, true);
    }
}
