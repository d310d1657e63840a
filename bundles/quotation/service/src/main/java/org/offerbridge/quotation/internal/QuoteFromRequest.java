package org.offerbridge.quotation.internal;

import org.offerbridge.parser.api.ConfirmedRequestHandler;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.platform.api.PlanCatalog;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.quotation.api.Origin;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Confirming an intake request makes a draft quote from its proposal lines, for the request's customer. */
@Component(service = ConfirmedRequestHandler.class)
public class QuoteFromRequest implements ConfirmedRequestHandler {
    private final QuoteServiceImpl quotes;
    private final TenantTransactions tx;
    private final RequestContext context;
    private final PlanCatalog plans;

    @Activate
    public QuoteFromRequest(@Reference QuoteServiceImpl quotes, @Reference(target = QuoteServiceImpl.UNIT) JpaTemplate jpa,
            @Reference RequestContext context, @Reference PlanCatalog plans) {
        this.quotes = quotes;
        this.context = context;
        this.plans = plans;
        this.tx = new TenantTransactions(jpa, context);
    }

    @Override
    public String requestConfirmed(IntakeRequest request) {
        TenantPrincipal by = context.require();
        if (!plans.find(by.planId()).map(p -> p.includes(QuotationCapability.ID)).orElse(false)) {
            // installed on the server but not in this workspace's plan: confirming only confirms
            return null;
        }
        return quotes.createFromProposal(request, Origin.SYSTEM).id();
    }

    @Override
    public void confirmFailed(IntakeRequest request, String createdId) {
        // The request could not be marked confirmed after all: take the untouched draft back.
        tx.run(em -> {
            QuoteEntity q = em.find(QuoteEntity.class, createdId);
            if (q != null && "draft".equals(q.status) && request.id().equals(q.requestId)) {
                em.createQuery("select l from QuoteLineEntity l where l.quoteId = :q", QuoteLineEntity.class).setParameter("q", q.id)
                        .getResultList().forEach(em::remove);
                em.createQuery("select e from TimelineEventEntity e where e.quoteId = :q", TimelineEventEntity.class).setParameter("q", q.id)
                        .getResultList().forEach(em::remove);
                em.remove(q);
            }
        });
    }
}
