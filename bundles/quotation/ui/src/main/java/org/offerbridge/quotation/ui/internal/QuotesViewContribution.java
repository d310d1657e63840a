package org.offerbridge.quotation.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.platform.api.net.ClientAddresses;
import org.offerbridge.quotation.api.QuoteDocumentSource;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.quotation.api.QuoteSender;
import org.offerbridge.quotation.api.QuoteService;
import org.offerbridge.ui.api.CapabilityViewContribution;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;

/**
 * The quotes entry of the admin UI; present while the quotation capability is installed and in the plan. The PDF
 * pieces are optional: the PDF capability may be missing, and the preview is disabled then.
 */
@Component(service = ViewContribution.class)
public class QuotesViewContribution extends CapabilityViewContribution {
    static final String CAPABILITY = "quotation";
    private final QuoteService quotes;
    private final CatalogService catalog;
    private final UiOrigin origin;
    private volatile QuoteDocumentSource documents;
    private volatile QuotePdfWriter writer;
    private final QuotePdfs pdfs = new QuotePdfs(() -> documents, () -> writer);

    /** The channels' quote senders (email, conversation, messengers), as they come and go with their features. */
    private final List<QuoteSender> senders = new CopyOnWriteArrayList<>();
    private final ConversationRoute conversations;

    @Activate
    public QuotesViewContribution(@Reference QuoteService quotes, @Reference CatalogService catalog,
            @Reference ClientAddresses addresses, @Reference RequestInbox requests) {
        super(QuotesView.NAME, CAPABILITY, VaadinIcons.FILE_TEXT_O, 200);
        this.quotes = quotes;
        this.catalog = catalog;
        this.origin = new UiOrigin(addresses);
        this.conversations = new ConversationRoute(requests, () -> senders);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSender(QuoteSender sender) {
        senders.add(sender);
    }

    void unbindSender(QuoteSender sender) {
        senders.remove(sender);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDocuments(QuoteDocumentSource source) {
        this.documents = source;
    }

    void unbindDocuments(QuoteDocumentSource source) {
        if (documents == source) {
            documents = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindWriter(QuotePdfWriter w) {
        this.writer = w;
    }

    void unbindWriter(QuotePdfWriter w) {
        if (writer == w) {
            writer = null;
        }
    }

    @Override
    public View createView(UiSession session) {
        return new QuotesView(session, quotes, new ProductPicker(session, catalog), pdfs, origin, conversations);
    }
}
