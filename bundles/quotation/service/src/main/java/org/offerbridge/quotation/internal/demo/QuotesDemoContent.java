package org.offerbridge.quotation.internal.demo;

import java.math.BigDecimal;
import java.util.List;

import org.offerbridge.platform.api.onboarding.DemoContent;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One draft quote for the demo workspace, priced from the demo catalog through the quote service, for the customer
 * of the first demo request. A workspace that already has quotes gets none.
 */
@Component(service = DemoContent.class)
public class QuotesDemoContent implements DemoContent {
    static final QuoteCustomer CUSTOMER = new QuoteCustomer(null, "Sharma Traders", "ravi@sharma-traders.example", "+91 98765 43210");
    static final List<QuoteDraft.LineInput> LINES = List.of(
            new QuoteDraft.LineInput("BLT-M8-40", new BigDecimal("200"), null),
            new QuoteDraft.LineInput("HN-M8", new BigDecimal("200"), null),
            new QuoteDraft.LineInput("WS-M8", new BigDecimal("400"), null),
            new QuoteDraft.LineInput("PVC-TAPE-BL", new BigDecimal("10"), new BigDecimal("5")));

    private final QuoteService quotes;

    @Activate
    public QuotesDemoContent(@Reference QuoteService quotes) {
        this.quotes = quotes;
    }

    @Override
    public String id() {
        return "quotes";
    }

    @Override
    public int order() {
        return QUOTES;
    }

    @Override
    public void seed(String tenantId) {
        if (quotes.list(null, PageRequest.of(1, null)).items().isEmpty()) {
            quotes.create(new QuoteDraft(null, CUSTOMER, null, LINES, null, null, "en"), Origin.SYSTEM);
        }
    }
}
