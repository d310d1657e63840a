package org.offerbridge.quotation.internal;

import java.util.Optional;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.quotation.api.QuoteDocumentData;

/** What a quote's document (PDF) shows: the quote, its seller and the workspace's template. */
final class QuoteDocumentReader {
    private final QuoteStore store;
    private final RequestContext context;
    private final WorkspaceSettings workspace;

    QuoteDocumentReader(QuoteStore store, RequestContext context, WorkspaceSettings workspace) {
        this.store = store;
        this.context = context;
        this.workspace = workspace;
    }

    Optional<QuoteDocumentData> document(String quoteId) {
        String tenant = context.require().tenantId();
        WorkspaceSettings.Profile p = workspace.profile();
        return Optional.ofNullable(store.tx.call(em -> {
            QuoteEntity q = QuoteStore.find(em, quoteId);
            if (q == null) {
                return null;
            }
            // a draft shows the workspace as it is now; a sent quote the seller as it was sent
            QuoteDocumentData.Party seller = q.sellerName != null ? QuoteDocuments.sellerAsSent(q)
                    : new QuoteDocumentData.Party(p.companyName(), p.address(), null, p.phone(), p.taxId());
            return QuoteDocuments.of(QuoteRecords.quote(q, QuoteRecords.lines(em, q.id)), seller, p.locale(), QuoteTemplates.of(em, tenant));
        }));
    }
}
