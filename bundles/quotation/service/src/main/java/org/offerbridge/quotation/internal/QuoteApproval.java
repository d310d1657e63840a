package org.offerbridge.quotation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteStatus;

/** An admin approves a draft's discounts above the workspace's threshold. */
final class QuoteApproval {
    private final QuoteStore store;
    private final RequestContext context;
    private final QuoteEventDispatch events;

    QuoteApproval(QuoteStore store, RequestContext context, QuoteEventDispatch events) {
        this.store = store;
        this.context = context;
        this.events = events;
    }

    Quote approve(String id, Origin origin) {
        TenantPrincipal by = context.require().requireRole(Role.ADMIN);
        List<QuoteEventDispatch.Event> done = new ArrayList<>();
        store.tx.run(em -> {
            QuoteEntity q = QuoteStore.require(em, id);
            if (!q.status.equals(QuoteStatus.DRAFT.id())) {
                throw ProblemException.conflict("Only a draft is approved");
            }
            q.approvedAt = System.currentTimeMillis();
            q.approvedBy = by.actor();
            Timeline.append(em, q.id, "quote.approved", QuoteStatus.DRAFT, QuoteStatus.DRAFT, by.actor(), origin,
                    "max discount " + QuoteMath.plain(q.maxDiscountPercent == null ? BigDecimal.ZERO : q.maxDiscountPercent) + "%");
            done.add(QuoteEventDispatch.record(em, "quote.approved", q.id, Map.of("number", q.number)));
        });
        events.publish(by.tenantId(), done);
        return store.require(id);
    }
}
