package org.offerbridge.channels.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ConversationSender;
import org.offerbridge.channels.spi.OutboundFile;
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
 * sent (with the provider's id), queued again with backoff when the failure may heal, failed for this contact only
 * (the message says why, the channel stays connected), or failed for good — then the message says why, the channel
 * needs attention and the workspace gets a system message. Also sends for other bundles' outboxes (a quote through
 * the conversation it came from) as {@link ConversationSender}, recording the message and its outcome the same way.
 */
@Component(service = {OutboundSending.class, ConversationSender.class})
public class OutboundSending implements ConversationSender {
    static final String SOURCE = "channels";
    /** As many earlier ids as a mail client keeps in References (Odoo keeps 32). */
    static final int REFERENCES = 32;
    /** A sender's key: a UUID or the like, kept as the tail of the message id. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,36}");

    /** What an outcome does to the message, its work and its channel. */
    enum Effect {
        /** Sent: the message has the provider's id. */
        SENT,
        /** May heal: tried again with backoff. */
        RETRY,
        /** May heal, and the caller's own outbox tries again: the message shows the failure until then. */
        RETRY_ELSEWHERE,
        /** Only this contact cannot be reached: the message fails, the channel stays connected. */
        CONTACT_FAILED,
        /** The channel cannot send (or retries ran out): the message fails and the channel needs attention. */
        CHANNEL_FAILED;

        static Effect of(SendOutcome outcome, Long retryAt) {
            if (outcome.sent()) {
                return SENT;
            }
            if (outcome.contactOnly()) {
                return CONTACT_FAILED;
            }
            return retryAt != null ? RETRY : CHANNEL_FAILED;
        }
    }

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
        record Queued(OutboundMessage message, StoredChannel channel) {
        }
        // the message, its conversation and its channel in one read
        Optional<Queued> queued = tx.callAs(item.tenantId(), em -> {
            MessageEntity m = em.find(MessageEntity.class, item.messageId());
            ConversationEntity c = m == null ? null : em.find(ConversationEntity.class, m.conversationId);
            ChannelEntity ch = em.find(ChannelEntity.class, item.channelId());
            if (m == null || c == null || ch == null || !Message.QUEUED.equals(m.status)) {
                return Optional.<Queued>empty();
            }
            return Optional.of(new Queued(outbound(em, m, c, List.of(), List.of()), StoredChannel.of(item.tenantId(), ch)));
        });
        if (queued.isEmpty()) {
            tx.callAs(item.tenantId(), em -> {
                WorkQueue.done(em, item.id());
                return null;
            });
            return;
        }
        StoredChannel channel = queued.get().channel();
        SendOutcome outcome = sendThrough(channel, queued.get().message());
        long now = System.currentTimeMillis();
        Long retryAt = outcome.sent() || !outcome.heals() ? null : backoff.next(item.attempts(), now);
        Effect effect = Effect.of(outcome, retryAt);
        tx.callAs(item.tenantId(), em -> {
            apply(em, item.messageId(), item.channelId(), outcome, effect, now);
            if (effect == Effect.SENT) {
                WorkQueue.done(em, item.id());
            } else {
                // a failed item stays in the table with its last error, for the operator
                WorkQueue.again(em, item.id(), outcome.failure(), retryAt);
            }
            return null;
        });
        report(item.tenantId(), channel.name(), outcome, effect);
    }

    @Override
    public Optional<Target> find(String conversationId) {
        if (conversationId == null) {
            return Optional.empty();
        }
        Optional<ConversationEntity> c = tx.call(em -> Optional.ofNullable(em.find(ConversationEntity.class, conversationId)));
        return c.flatMap(conversation -> channels.find(conversation.channelId).map(ch -> new Target(conversation.id, ch.id(), ch.kind(),
                ch.name(), conversation.contactName)));
    }

    @Override
    public Optional<String> cannotSend(String conversationId) {
        record Snapshot(ConversationEntity conversation, Instant lastInbound) {
        }
        Snapshot s = tx.call(em -> {
            ConversationEntity c = conversationId == null ? null : em.find(ConversationEntity.class, conversationId);
            return c == null ? null : new Snapshot(c, Conversations.lastInboundAt(em, c.id));
        });
        if (s == null) {
            return Optional.of("The conversation no longer exists");
        }
        Optional<StoredChannel> channel = channels.find(s.conversation().channelId);
        if (channel.isEmpty()) {
            return Optional.of("The conversation's channel no longer exists");
        }
        if (Channel.DISCONNECTED.equals(channel.get().status())) {
            return Optional.of("The channel '" + channel.get().name() + "' is disconnected");
        }
        Optional<ChannelKind> kind = kinds.find(channel.get().kind());
        if (kind.isEmpty()) {
            return Optional.of("The " + channel.get().kind() + " channel kind is not installed on this server");
        }
        // as for a staff reply: a closed reply window refuses unless the kind has a template to send instead
        return kind.get().cannotReply(secrets.settings(channel.get()), s.lastInbound());
    }

    @Override
    public SendOutcome send(String tenantId, String conversationId, String key, String text, List<OutboundFile> files,
            List<String> templateParameters) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a send key is 1-36 letters, digits and -");
        }
        String body = ChannelRules.replyText(text);
        record Prepared(MessageEntity message, OutboundMessage outbound) {
        }
        Prepared prepared = tx.callAs(tenantId, em -> {
            ConversationEntity c = em.find(ConversationEntity.class, conversationId);
            if (c == null) {
                return null;
            }
            MessageEntity m = byKey(em, c.id, key);
            if (m == null) {
                long now = System.currentTimeMillis();
                m = new MessageEntity();
                m.id = String.format("%015d-%s", now, key);
                m.conversationId = c.id;
                m.channelId = c.channelId;
                m.direction = Message.OUT;
                m.text = body;
                m.status = Message.QUEUED;
                m.receivedAt = now;
                m.attachments = files.isEmpty() ? null : Json.write(files.stream().map(f -> new Message.Attachment(f.name(),
                        f.contentType(), (long) f.bytes().length)).toList());
                em.persist(m);
                c.lastDirection = Message.OUT;
                Conversations.touch(c, now);
            } else if (Message.SENT.equals(m.status) || Message.DELIVERED.equals(m.status) || Message.READ.equals(m.status)) {
                return new Prepared(m, null);
            } else {
                m.status = Message.QUEUED;
            }
            return new Prepared(m, outbound(em, m, c, files, templateParameters));
        });
        if (prepared == null) {
            return SendOutcome.contactOnly("the conversation no longer exists");
        }
        if (prepared.outbound() == null) {
            return SendOutcome.sent(prepared.message().providerMessageId);
        }
        String channelId = prepared.message().channelId;
        Optional<StoredChannel> channel = channels.findAs(tenantId, channelId);
        if (channel.isEmpty()) {
            return SendOutcome.contactOnly("the conversation's channel no longer exists");
        }
        SendOutcome outcome = sendThrough(channel.get(), prepared.outbound());
        // the caller's outbox retries: meanwhile the message shows the failure, and the next attempt queues it again
        Effect effect = outcome.sent() || !outcome.heals() ? Effect.of(outcome, null) : Effect.RETRY_ELSEWHERE;
        long now = System.currentTimeMillis();
        tx.callAs(tenantId, em -> {
            apply(em, prepared.message().id, channelId, outcome, effect, now);
            return null;
        });
        report(tenantId, channel.get().name(), outcome, effect);
        return outcome;
    }

    /** The conversation's message for a sender's key, if an earlier attempt made it. */
    private static MessageEntity byKey(EntityManager em, String conversationId, String key) {
        List<MessageEntity> found = em.createQuery("select m from MessageEntity m where m.conversationId = :c and m.id like :k",
                MessageEntity.class).setParameter("c", conversationId).setParameter("k", "%-" + key).getResultList();
        return found.stream().filter(m -> m.id.endsWith("-" + key) && m.id.length() == 16 + key.length()).findFirst().orElse(null);
    }

    private static OutboundMessage outbound(EntityManager em, MessageEntity m, ConversationEntity c, List<OutboundFile> files,
            List<String> templateParameters) {
        List<MessageEntity> earlier = em.createQuery("select x from MessageEntity x where x.conversationId = :c and x.id <> :m"
                + " and x.providerMessageId is not null order by x.id desc", MessageEntity.class).setParameter("c", c.id)
                .setParameter("m", m.id).setMaxResults(REFERENCES).getResultList();
        List<String> references = new ArrayList<>(earlier.stream().map(x -> x.providerMessageId).toList());
        Collections.reverse(references);
        String subject = earlier.stream().filter(x -> Message.IN.equals(x.direction) && x.subject != null).map(x -> x.subject)
                .findFirst().orElse(null);
        return new OutboundMessage(m.id, c.id, c.threadKey, new Conversation.Contact(c.contactName, c.contactHandle, c.contactPhone,
                c.contactEmail), m.text, Conversations.lastInboundAt(em, c.id), references, subject, files, templateParameters);
    }

    private SendOutcome sendThrough(StoredChannel channel, OutboundMessage message) {
        Optional<ChannelKind> kind = kinds.find(channel.kind());
        return kind.isEmpty() ? SendOutcome.retry("the " + channel.kind() + " channel kind is not installed")
                : kind.get().send(message, secrets.settings(channel));
    }

    /** Records an outcome on the message and its channel, in the caller's transaction. */
    private void apply(EntityManager em, String messageId, String channelId, SendOutcome outcome, Effect effect, long now) {
        MessageEntity m = em.find(MessageEntity.class, messageId);
        ChannelEntity ch = em.find(ChannelEntity.class, channelId);
        if (m == null) {
            return;
        }
        switch (effect) {
            case SENT -> {
                m.status = Message.SENT;
                m.sentAt = now;
                m.providerMessageId = outcome.providerMessageId();
                m.failure = null;
                if (ch != null) {
                    ch.lastOutboundAt = now;
                }
            }
            case RETRY -> m.failure = ChannelRules.reason(outcome.failure());
            case RETRY_ELSEWHERE -> {
                m.status = Message.FAILED;
                m.failure = ChannelRules.reason(outcome.failure() + " (tried again later)");
            }
            case CONTACT_FAILED -> {
                m.status = Message.FAILED;
                m.failure = ChannelRules.reason(outcome.failure());
            }
            case CHANNEL_FAILED -> {
                m.status = Message.FAILED;
                m.failure = ChannelRules.reason(outcome.failure());
                channels.needsAttention(em, channelId, "A reply could not be sent: " + outcome.failure());
            }
        }
    }

    /** A broken channel is told to the workspace; a contact who cannot be reached is told on the message only. */
    private void report(String tenantId, String channelName, SendOutcome outcome, Effect effect) {
        SystemMessageLog log = systemMessages;
        if (effect == Effect.CHANNEL_FAILED && log != null) {
            log.report(tenantId, SystemMessageLog.Severity.ERROR, SOURCE,
                    "A reply on the channel '" + channelName + "' could not be sent: " + ChannelRules.reason(outcome.failure()));
        }
    }
}
