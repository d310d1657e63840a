package org.offerbridge.channels.internal;

import java.util.List;

import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.internal.attachments.AttachmentRows;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one stored inbound message after it was answered: hands its text to the parser's intake as a request
 * linked to the conversation, and links the conversation to the customer the intake found or made by the sender's email
 * or phone. Every non-empty message that is not automated becomes a request for now: the builtin parser cannot yet
 * tell small talk from a request reliably, and a request with an empty proposal costs a click while a lost order costs a
 * customer. (Empty texts and auto-replies never get here: no work item is queued for them.)
 */
@Component(service = InboundProcessing.class)
public class InboundProcessing {
    private static final Logger LOG = LoggerFactory.getLogger(InboundProcessing.class);
    private final TenantTransactions tx;
    private final RequestContext context;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RequestInbox inbox;

    /** What processing needs, read in one short transaction. */
    private record Work(String text, String kind, String planId, String conversationId, IntakeRequest.Sender sender,
            List<IntakeRequest.Attachment> attachments, boolean skip) {
    }

    @Activate
    public InboundProcessing(@Reference ChannelStore store, @Reference RequestContext context) {
        this.tx = store.tx();
        this.context = context;
    }

    void process(WorkQueue.Item item, WorkProcessor.Backoff backoff) {
        Work w = tx.callAs(item.tenantId(), em -> {
            MessageEntity m = em.find(MessageEntity.class, item.messageId());
            ConversationEntity c = m == null ? null : em.find(ConversationEntity.class, m.conversationId);
            ChannelEntity ch = em.find(ChannelEntity.class, item.channelId());
            if (m == null || c == null || ch == null || m.requestId != null) {
                return new Work(null, null, null, null, null, null, true);
            }
            List<IntakeRequest.Attachment> files = Json.attachments(m.attachments).stream()
                    .map(a -> new IntakeRequest.Attachment(a.name(), a.contentType(), a.size())).toList();
            // the parser reads the files' extracted text (PDF, CSV) after the message's own
            String text = AttachmentRows.forParser(m.text, AttachmentRows.of(em, m.id));
            return new Work(text, ch.kind, ch.planId, c.id, new IntakeRequest.Sender(c.contactName, c.contactEmail, c.contactPhone),
                    files, text.isBlank() || m.automated || !Message.IN.equals(m.direction));
        });
        if (w.skip()) {
            finish(item, null, null);
            return;
        }
        RequestInbox in = inbox;
        if (in == null) {
            queueAgain(item, "the parser is not installed", backoff);
            return;
        }
        // background work acts as the channel within the workspace, with the plan staff last saw
        TenantPrincipal actor = new TenantPrincipal(item.tenantId(), null, "channel:" + item.channelId(), Role.SALES,
                w.planId() == null ? "free" : w.planId());
        IntakeRequest r = context.runAs(actor, () -> in.receive(new RequestInbox.Inbound(w.kind(), w.sender(), w.text(), w.attachments(),
                w.conversationId())));
        finish(item, r.id(), r.customerId());
    }

    /**
     * Records the request on the message and the item as done in one transaction that touches neither the
     * conversation nor anything staff change, so it cannot lose a race and make the request twice; then links the
     * conversation to the customer, tried again when an inbound message or staff changed the conversation meanwhile.
     */
    private void finish(WorkQueue.Item item, String requestId, String customerId) {
        String conversationId = tx.callAs(item.tenantId(), em -> {
            MessageEntity m = em.find(MessageEntity.class, item.messageId());
            if (m != null && requestId != null) {
                m.requestId = requestId;
            }
            WorkQueue.done(em, item.id());
            return m == null ? null : m.conversationId;
        });
        if (conversationId == null || customerId == null) {
            return;
        }
        for (int attempt = 1;; attempt++) {
            try {
                tx.callAs(item.tenantId(), em -> {
                    ConversationEntity c = em.find(ConversationEntity.class, conversationId);
                    if (c != null && c.customerId == null) {
                        c.customerId = customerId;
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                if (attempt >= 3 || !ChannelServiceImpl.isConflict(e)) {
                    LOG.warn("Could not link conversation {} to its customer: {}", conversationId, e.getClass().getSimpleName());
                    return;
                }
            }
        }
    }

    private void queueAgain(WorkQueue.Item item, String why, WorkProcessor.Backoff backoff) {
        tx.callAs(item.tenantId(), em -> {
            WorkQueue.again(em, item.id(), why, backoff.next(item.attempts(), System.currentTimeMillis()));
            return null;
        });
    }
}
