package org.offerbridge.quotation.internal.demo;

import org.offerbridge.platform.api.onboarding.SetupCount;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.quotation.api.QuoteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The checklist's "first quote" step: whether the workspace has a quote (the first page is enough to know). */
@Component(service = SetupCount.class)
public class QuotesSetupCount implements SetupCount {
    private final QuoteService quotes;

    @Activate
    public QuotesSetupCount(@Reference QuoteService quotes) {
        this.quotes = quotes;
    }

    @Override
    public String step() {
        return QUOTES;
    }

    @Override
    public String capability() {
        return "quotation";
    }

    @Override
    public long count() {
        return quotes.list(null, PageRequest.of(1, null)).items().size();
    }
}
