package org.offerbridge.channels.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.internal.attachments.AttachmentRows;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.WorkspaceStanding;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one stored inbound message after it was answered: hands it to the parser's intake, keyed by the message,
 * which makes a request linked to the conversation when the message asks for something (small talk makes none: the
 * message stays in the conversation for staff), adds a follow-up to the conversation's request that is not confirmed
 * yet, and answers the same request when the same message comes again (a run after a crash between the parser's commit
 * and ours). Then links the conversation to the customer the intake found or made by the sender's email or phone.
 * (Empty texts and auto-replies never get here: no work item is queued for them.)
 */
@Component(service = InboundProcessing.class)
public class InboundProcessing {
    private static final Logger LOG = LoggerFactory.getLogger(InboundProcessing.class);
    /** The parser's source key of a channel message: unique per message. */
    static final String SOURCE_PREFIX = "channels:";
    /** Striped by conversation: few enough to keep, many enough that unrelated conversations rarely wait for each other. */
    private static final Lock[] CONVERSATION_LOCKS = new Lock[64];

    static {
        for (int i = 0; i < CONVERSATION_LOCKS.length; i++) {
            CONVERSATION_LOCKS[i] = new ReentrantLock();
        }
    }
    private final TenantTransactions tx;
    private final RequestContext context;
    private final WorkspaceStanding standing;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RequestInbox inbox;

    /** What processing needs, read in one short transaction. */
    private record Work(String text, String kind, String conversationId, IntakeRequest.Sender sender,
            List<IntakeRequest.Attachment> attachments, List<RequestInbox.ChosenItem> items, boolean skip) {
    }

    @Activate
    public InboundProcessing(@Reference ChannelStore store, @Reference RequestContext context, @Reference WorkspaceStanding standing) {
        this.tx = store.tx();
        this.context = context;
        this.standing = standing;
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
            String text = AttachmentRows.forParser(m.newText != null ? m.newText : m.text, AttachmentRows.of(em, m.id));
            // products the sender chose (a request-for-quote form) go to the intake as they are, beside the text
            List<RequestInbox.ChosenItem> items = Json.items(m.items).stream()
                    .map(i -> new RequestInbox.ChosenItem(i.sku(), i.quantity(), i.options())).toList();
            return new Work(text, ch.kind, c.id, new IntakeRequest.Sender(c.contactName, c.contactEmail, c.contactPhone), files, items,
                    (text.isBlank() && items.isEmpty()) || m.automated || !Message.IN.equals(m.direction));
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
        Optional<String> plan = standing.activePlan(item.tenantId());
        if (plan.isEmpty()) {
            queueAgain(item, "the workspace is suspended", backoff);
            return;
        }
        // background work acts as the channel within the workspace, under the plan the workspace has now
        TenantPrincipal actor = new TenantPrincipal(item.tenantId(), null, "channel:" + item.channelId(), Role.SALES, plan.get());
        // keyed by the message: a run after a crash between the parser's commit and ours finds that request, never a second
        // one message of a conversation at a time on this node: two at once could each find no open request and make two
        Lock lock = CONVERSATION_LOCKS[Math.floorMod(w.conversationId().hashCode(), CONVERSATION_LOCKS.length)];
        lock.lock();
        Optional<IntakeRequest> r;
        try {
            r = context.runAs(actor, () -> in.intake(new RequestInbox.Inbound(w.kind(), w.sender(), w.text(),
                    w.attachments(), w.conversationId(), w.items()), SOURCE_PREFIX + item.messageId()));
        } finally {
            lock.unlock();
        }
        finish(item, r.map(IntakeRequest::id).orElse(null), r.map(IntakeRequest::customerId).orElse(null));
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
        try {
            WriteConflicts.retrying(3, () -> tx.callAs(item.tenantId(), em -> {
                ConversationEntity c = em.find(ConversationEntity.class, conversationId);
                if (c != null && c.customerId == null) {
                    c.customerId = customerId;
                }
                return null;
            }));
        } catch (RuntimeException e) {
            LOG.warn("Could not link conversation {} to its customer: {}", conversationId, e.getClass().getSimpleName());
        }
    }

    private void queueAgain(WorkQueue.Item item, String why, WorkProcessor.Backoff backoff) {
        tx.callAs(item.tenantId(), em -> {
            WorkQueue.again(em, item.id(), why, backoff.next(item.attempts(), System.currentTimeMillis()));
            return null;
        });
    }
}
