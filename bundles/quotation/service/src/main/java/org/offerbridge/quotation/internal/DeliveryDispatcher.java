package org.offerbridge.quotation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import org.offerbridge.platform.api.jobs.DuePoller;
import org.offerbridge.platform.api.persistence.TenantRow;
import org.offerbridge.quotation.api.DeliveryException;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.offerbridge.quotation.api.QuoteMessage;
import org.offerbridge.quotation.api.QuotePdfWriter;
import org.offerbridge.quotation.internal.pdf.RenderedPdfWriter;
import org.offerbridge.quotation.api.QuoteSender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued quote deliveries in the background: the platform's poller finds due rows across tenants, a small pool
 * hands each to its channel, and the outcome is recorded (sent, retried on the backoff schedule, or given up). All
 * state is in the database, so a restart carries on where it stopped.
 */
@Component(service = DeliveryDispatcher.class, immediate = true, configurationPid = DeliveryConfig.PID)
@Designate(ocd = DeliveryConfig.class)
public class DeliveryDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int SENDERS = 4;

    private final QuoteDeliveries deliveries;
    private final QuoteChannels channels;
    private volatile DeliveryBackoff backoff;
    private volatile QuotePdfWriter pdf;
    private final DuePoller<TenantRow> poller;

    @Activate
    public DeliveryDispatcher(DeliveryConfig config, @Reference QuoteDeliveries deliveries, @Reference QuoteChannels channels) {
        this.deliveries = deliveries;
        this.channels = channels;
        this.poller = new DuePoller<>("offerbridge-quote-delivery", SENDERS, limit -> deliveries.due(System.currentTimeMillis(), limit),
                TenantRow::rowId, this::deliver,
                e -> LOG.warn("Looking for due quote deliveries failed: {}", e.toString()));
        modified(config);
    }

    /**
     * Applies a changed configuration in place: the quote service holds this component, and re-creating it would
     * re-create the service and the REST resources behind it.
     */
    @Modified
    void modified(DeliveryConfig config) {
        this.backoff = new DeliveryBackoff(config.backoffUnitMillis());
        poller.every(Math.min(60_000, Math.max(100, config.pollIntervalMillis())));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPdf(QuotePdfWriter writer) {
        this.pdf = writer;
    }

    void unbindPdf(QuotePdfWriter writer) {
        if (pdf == writer) {
            pdf = null;
        }
    }

    /** Looks for due deliveries now, e.g. right after a quote was sent. */
    void wake() {
        poller.wake();
    }

    private void deliver(TenantRow due) {
        try {
            Optional<QuoteDeliveries.Claim> claim = deliveries.claim(due.tenantId(), due.rowId(), System.currentTimeMillis());
            if (claim.isPresent()) {
                deliveries.record(claim.get(), attempt(claim.get()), backoff);
            }
        } catch (RuntimeException e) {
            // the claim runs out and the attempt is made again
            LOG.warn("Quote delivery {} of tenant {} could not be processed: {}", due.rowId(), due.tenantId(), e.toString());
        }
    }

    /** One attempt; every failure becomes an outcome with a message staff can act on. */
    QuoteDeliveries.Outcome attempt(QuoteDeliveries.Claim c) {
        Optional<QuoteSender> sender = channels.get(c.channel());
        if (sender.isEmpty()) {
            return new QuoteDeliveries.Outcome("the " + c.channel() + " channel is not installed", false);
        }
        String url;
        try {
            url = deliveries.unseal(c.urlSealed());
        } catch (RuntimeException e) {
            return new QuoteDeliveries.Outcome("the link cannot be decrypted with this node's key; send a new revision", true);
        }
        Optional<QuoteDocumentData> doc = deliveries.document(c);
        if (doc.isEmpty()) {
            return new QuoteDeliveries.Outcome("the quote is gone", true);
        }
        QuoteDocumentData d = doc.get();
        byte[] file = render(d, c.tenantId());
        QuoteMessage m = new QuoteMessage(c.tenantId(), c.deliveryId(), c.quoteId(), d.number(), d.revision(), d.seller().name(),
                c.recipientName(), c.address(), d.locale(), d.validUntil(), d.totals().gross(), d.currency(), url, c.note(), file,
                file == null ? null : fileName(d));
        try {
            sender.get().send(m);
            return QuoteDeliveries.Outcome.SENT;
        } catch (DeliveryException e) {
            return new QuoteDeliveries.Outcome(e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            LOG.warn("Channel {} failed on delivery {} of tenant {}", c.channel(), c.deliveryId(), c.tenantId(), e);
            return new QuoteDeliveries.Outcome("the " + c.channel() + " channel failed unexpectedly (" + e.getClass().getSimpleName() + ")",
                    false);
        }
    }

    /** The PDF, or null without a writer or when it fails: the link alone still lets the customer see the quote. */
    private byte[] render(QuoteDocumentData d, String tenantId) {
        QuotePdfWriter writer = pdf;
        if (writer == null) {
            return null;
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            // a job binds no caller: the delivery's workspace is told of a template part left out
            RenderedPdfWriter.write(writer, d, out, tenantId);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Rendering the PDF of quote {} for its delivery failed; sending the link only", d.number(), e);
            return null;
        }
    }

    static String fileName(QuoteDocumentData d) {
        String base = d.number().replaceAll("[^A-Za-z0-9._-]", "_");
        return base + (d.revision() > 1 ? "-r" + d.revision() : "") + ".pdf";
    }

    @Deactivate
    void deactivate() {
        poller.stop(35_000);
    }
}
