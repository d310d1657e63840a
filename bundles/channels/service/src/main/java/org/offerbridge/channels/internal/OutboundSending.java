package org.offerbridge.channels.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Sends one queued reply through its channel's kind, outside any transaction, then records the outcome in one:
 * sent (with the provider's id), queued again with backoff when the failure may heal, or failed for good — then the
 * message says why, the channel needs attention and the workspace gets a system message.
 */
@Component(service = OutboundSending.class)
public class OutboundSending {
    static final String SOURCE = "channels";
    /** As many earlier ids as a mail client keeps in References (Odoo keeps 32). */
    static final int REFERENCES = 32;

    private final TenantTransactions tx;
    private final ChannelStore channels;
    private final ChannelSecrets secrets;
    private final ChannelKinds kinds;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile SystemMessageLog systemMessages;

    @Activate
    public OutboundSending(@Reference ChannelStore channels, @Reference ChannelSecrets secrets, @Reference ChannelKinds kinds) {
        this.tx = channels.tx();
        this.channels = channels;
        this.secrets = secrets;
        this.kinds = kinds;
    }

    void send(WorkQueue.Item item, WorkProcessor.Backoff backoff) {
        Optional<OutboundMessage> message = tx.callAs(item.tenantId(), em -> {
            MessageEntity m = em.find(MessageEntity.class, item.messageId());
            ConversationEntity c = m == null ? null : em.find(ConversationEntity.class, m.conversationId);
            if (m == null || c == null || !Message.QUEUED.equals(m.status)) {
                return Optional.<OutboundMessage>empty();
            }
            List<MessageEntity> earlier = em.createQuery("select x from MessageEntity x where x.conversationId = :c and x.id <> :m"
                    + " and x.providerMessageId is not null order by x.id desc", MessageEntity.class).setParameter("c", c.id)
                    .setParameter("m", m.id).setMaxResults(REFERENCES).getResultList();
            List<String> references = new ArrayList<>(earlier.stream().map(x -> x.providerMessageId).toList());
            Collections.reverse(references);
            String subject = earlier.stream().filter(x -> Message.IN.equals(x.direction) && x.subject != null).map(x -> x.subject)
                    .findFirst().orElse(null);
            return Optional.of(new OutboundMessage(m.id, c.id, c.threadKey,
                    new Conversation.Contact(c.contactName, c.contactHandle, c.contactPhone, c.contactEmail), m.text,
                    Conversations.lastInboundAt(em, c.id), references, subject));
        });
        Optional<StoredChannel> channel = channels.findAs(item.tenantId(), item.channelId());
        if (message.isEmpty() || channel.isEmpty()) {
            tx.callAs(item.tenantId(), em -> {
                WorkQueue.done(em, item.id());
                return null;
            });
            return;
        }
        Optional<ChannelKind> kind = kinds.find(channel.get().kind());
        SendOutcome outcome = kind.isEmpty() ? SendOutcome.retry("the " + channel.get().kind() + " channel kind is not installed")
                : kind.get().send(message.get(), secrets.settings(channel.get()));
        record(item, outcome, backoff);
    }

    private void record(WorkQueue.Item item, SendOutcome outcome, WorkProcessor.Backoff backoff) {
        long now = System.currentTimeMillis();
        Long retryAt = outcome.sent() || !outcome.heals() ? null : backoff.next(item.attempts(), now);
        boolean givenUp = !outcome.sent() && retryAt == null;
        String channelName = tx.callAs(item.tenantId(), em -> {
            MessageEntity m = em.find(MessageEntity.class, item.messageId());
            ChannelEntity ch = em.find(ChannelEntity.class, item.channelId());
            if (outcome.sent()) {
                m.status = Message.SENT;
                m.sentAt = now;
                m.providerMessageId = outcome.providerMessageId();
                m.failure = null;
                if (ch != null) {
                    ch.lastOutboundAt = now;
                }
                WorkQueue.done(em, item.id());
            } else if (!givenUp) {
                m.failure = ChannelRules.reason(outcome.failure());
                WorkQueue.again(em, item.id(), outcome.failure(), retryAt);
            } else {
                m.status = Message.FAILED;
                m.failure = ChannelRules.reason(outcome.failure());
                channels.needsAttention(em, item.channelId(), "A reply could not be sent: " + outcome.failure());
                WorkQueue.again(em, item.id(), outcome.failure(), null);
            }
            return ch == null ? item.channelId() : ch.name;
        });
        SystemMessageLog log = systemMessages;
        if (givenUp && log != null) {
            log.report(item.tenantId(), SystemMessageLog.Severity.ERROR, SOURCE,
                    "A reply on the channel '" + channelName + "' could not be sent: " + ChannelRules.reason(outcome.failure()));
        }
    }
}
