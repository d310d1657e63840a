package org.offerbridge.channels.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import javax.persistence.EntityManager;

import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.internal.attachments.AttachmentEntity;
import org.offerbridge.channels.internal.attachments.AttachmentIntake;
import org.offerbridge.channels.internal.attachments.AttachmentRows;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundBatch.StatusUpdate;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stores one verified inbound call in ONE transaction before it is answered: each new message with its conversation
 * (found or made, reopened, marked unread) and a work item to process it; a message whose provider id the channel
 * already has is not stored again and answers as the first time. Status updates move our messages forward only.
 * Concurrent calls of one workspace share that transaction ({@link GroupCommit}): one commit, one log force, for all.
 */
@Component(service = InboundStore.class)
public class InboundStore {
    /**
     * A concurrent duplicate loses on the unique key, a concurrent message of the same conversation on its version; the
     * next try reads what the other committed.
     */
    private static final int TRIES = 3;
    /** The most calls one transaction stores: a bound on the time the last of them waits, and on a failed group's redo. */
    static final int MAX_GROUP = 64;
    /** How stale a channel's "last inbound" may be: it is a status for people, not a clock. */
    static final long LAST_INBOUND_PRECISION_MILLIS = 10_000;
    private static final Map<String, Integer> STATUS_ORDER = Map.of(Message.QUEUED, 0, Message.SENT, 1, Message.DELIVERED, 2,
            Message.READ, 3);

    /** What a stored (or already stored) message answers. */
    record Stored(String messageId, String conversationId, boolean isNew) {
    }

    private final TenantTransactions tx;
    private final AttachmentIntake attachments;
    private final GroupCommit<Call, List<Stored>> group;
    /** Told each group's workspace and size before it is stored; for tests. */
    private final BiConsumer<String, Integer> onGroup;

    @Activate
    public InboundStore(@Reference ChannelStore channels, @Reference AttachmentIntake attachments) {
        this(channels.tx(), attachments, MAX_GROUP, (tenant, size) -> {
        });
    }

    InboundStore(TenantTransactions tx, AttachmentIntake attachments, int maxGroup, BiConsumer<String, Integer> onGroup) {
        this.tx = tx;
        this.attachments = attachments;
        this.onGroup = onGroup;
        this.group = new GroupCommit<>(maxGroup, this::commitGroup);
    }

    List<Stored> store(StoredChannel channel, InboundBatch batch, String raw) {
        // files that came inline are written before the transaction (no file I/O inside it) and dropped again when
        // their message turns out to be a duplicate or the transaction fails
        Files files = Files.prepare(attachments, channel, batch);
        return group.submit(channel.tenantId(), new Call(channel, batch, raw, files));
    }

    /** How many calls of a workspace wait for the next group; for tests. */
    int waiting(String tenantId) {
        return group.waiting(tenantId);
    }

    /** One verified inbound call waiting to be stored. */
    private record Call(StoredChannel channel, InboundBatch batch, String raw, Files files) {
    }

    /**
     * Stores concurrent calls of one workspace in ONE transaction: one commit (one log force) for all, each call
     * answered with its own ids. When that transaction fails, a call's own failure (its channel deleted meanwhile, a
     * conflict with another node) must not fail the others: each is stored alone then, as if there were no group.
     */
    private void commitGroup(String tenantId, List<GroupCommit.Piece<Call, List<Stored>>> calls) {
        onGroup.accept(tenantId, calls.size());
        if (calls.size() > 1) {
            List<List<Stored>> all = null;
            try {
                all = tx.callAs(tenantId, em -> {
                    List<List<Stored>> out = new ArrayList<>(calls.size());
                    for (GroupCommit.Piece<Call, List<Stored>> p : calls) {
                        Call c = p.input();
                        out.add(storeIn(em, c.channel(), c.batch(), c.raw(), c.files()));
                        // flushed by storeIn: each call starts with an empty persistence context, as alone, instead of
                        // every flush and query comparing all entities of the calls before it
                        em.clear();
                    }
                    return out;
                });
            } catch (RuntimeException e) {
                // rolled back: nothing of the group is kept, each call goes alone below
            }
            if (all != null) {
                for (int i = 0; i < calls.size(); i++) {
                    Call c = calls.get(i).input();
                    c.files().discardUnused(attachments, c.channel(), c.batch(), all.get(i));
                    calls.get(i).done(all.get(i));
                }
                return;
            }
        }
        for (GroupCommit.Piece<Call, List<Stored>> p : calls) {
            try {
                p.done(storeAlone(p.input()));
            } catch (RuntimeException e) {
                p.failed(e);
            }
        }
    }

    /** One call in its own transaction, retried while it loses to a concurrent writer. */
    private List<Stored> storeAlone(Call c) {
        StoredChannel channel = c.channel();
        List<Stored> stored;
        try {
            stored = WriteConflicts.retrying(TRIES, () -> tx.callAs(channel.tenantId(), em -> storeIn(em, channel, c.batch(), c.raw(), c.files())));
        } catch (RuntimeException e) {
            c.files().discardAll(attachments, channel);
            throw e;
        }
        c.files().discardUnused(attachments, channel, c.batch(), stored);
        return stored;
    }

    /** The prepared files of a batch's messages (by identity: two messages may be equal). */
    private record Files(IdentityHashMap<InboundMessage, AttachmentIntake.Prepared> byMessage) {
        static final Files NONE = new Files(new IdentityHashMap<>());

        static Files prepare(AttachmentIntake intake, StoredChannel channel, InboundBatch batch) {
            if (batch.messages().stream().allMatch(m -> m.files().isEmpty())) {
                return NONE;
            }
            IdentityHashMap<InboundMessage, AttachmentIntake.Prepared> out = new IdentityHashMap<>();
            for (InboundMessage m : batch.messages()) {
                if (!m.files().isEmpty()) {
                    out.put(m, intake.prepare(channel.tenantId(), channel.id(), m.files()));
                }
            }
            return new Files(out);
        }

        AttachmentIntake.Prepared of(InboundMessage m) {
            return byMessage.get(m);
        }

        void discardUnused(AttachmentIntake intake, StoredChannel channel, InboundBatch batch, List<Stored> stored) {
            for (int i = 0; i < batch.messages().size() && i < stored.size(); i++) {
                AttachmentIntake.Prepared p = byMessage.get(batch.messages().get(i));
                if (p != null && !stored.get(i).isNew()) {
                    intake.discard(channel.tenantId(), channel.id(), p.fileIds());
                }
            }
        }

        void discardAll(AttachmentIntake intake, StoredChannel channel) {
            byMessage.values().forEach(p -> intake.discard(channel.tenantId(), channel.id(), p.fileIds()));
        }
    }

    private static List<Stored> storeIn(EntityManager em, StoredChannel channel, InboundBatch batch, String raw, Files files) {
        long now = System.currentTimeMillis();
        ChannelEntity ch = em.find(ChannelEntity.class, channel.id());
        if (ch == null) {
            // deleted since its token was looked up (on another node, or just now): nothing is kept
            throw ProblemException.notFound("This inbound address");
        }
        List<Stored> out = new ArrayList<>();
        boolean stored = false;
        for (InboundMessage m : batch.messages()) {
            Optional<MessageEntity> seen = byProviderId(em, channel.id(), m.providerMessageId());
            if (seen.isPresent()) {
                out.add(new Stored(seen.get().id, seen.get().conversationId, false));
                continue;
            }
            ConversationEntity c = conversation(em, channel.id(), m, now);
            MessageEntity msg = new MessageEntity();
            msg.id = Ids.next(now);
            msg.conversationId = c.id;
            msg.channelId = channel.id();
            msg.direction = Message.IN;
            msg.text = m.text();
            msg.newText = m.newText() == null || m.newText().equals(m.text()) ? null : m.newText();
            msg.attachments = m.attachments().isEmpty() ? null : Json.write(m.attachments());
            msg.providerMessageId = m.providerMessageId();
            msg.sentAt = m.sentAt() == null ? now : m.sentAt().toEpochMilli();
            msg.receivedAt = now;
            msg.status = Message.DELIVERED;
            msg.automated = m.automated();
            msg.subject = subject(m.subject());
            msg.items = m.items().isEmpty() ? null : Json.write(m.items());
            // the raw call once per batch, on its first message: enough to replay or investigate
            msg.raw = stored ? null : raw;
            em.persist(msg);
            stored = true;
            AttachmentIntake.Prepared p = files.of(m);
            boolean hasFiles = p != null && !p.rows().isEmpty();
            if (hasFiles) {
                List<AttachmentEntity> rows = AttachmentRows.add(em, msg.id, c.id, p.rows(), i -> Ids.next(now), now);
                msg.attachments = summary(rows, m.attachments());
            }
            if (hasFiles && p.pending()) {
                // processing waits for the files: the download queues it once each file is stored or given up
                WorkQueue.add(em, WorkEntity.MEDIA, msg.id, channel.id(), now);
            } else if (!m.automated() && (hasFiles || !m.items().isEmpty() || (m.textForParser() != null && !m.textForParser().isBlank()))) {
                WorkQueue.add(em, WorkEntity.INBOUND, msg.id, channel.id(), now);
            }
            out.add(new Stored(msg.id, c.id, true));
        }
        for (StatusUpdate s : batch.statuses()) {
            byProviderId(em, channel.id(), s.providerMessageId()).filter(msg -> Message.OUT.equals(msg.direction))
                    .ifPresent(msg -> applyStatus(msg, s));
        }
        if (stored && (ch.lastInboundAt == null || now - ch.lastInboundAt >= LAST_INBOUND_PRECISION_MILLIS)) {
            // not on every message: the update locks the channel's row until commit, and would queue a burst's
            // concurrent calls one behind the other
            ch.lastInboundAt = now;
        }
        em.flush(); // a duplicate fails here, inside the retry, not at commit
        return out;
    }

    /** The message's ATTACHMENTS column: its files' rows, then metadata the kind reported besides, within the column. */
    static String summary(List<AttachmentEntity> rows, List<Message.Attachment> reported) {
        List<Message.Attachment> all = new ArrayList<>(AttachmentRows.summary(rows));
        all.addAll(reported);
        String json = Json.write(all);
        while (json.length() > MessageEntity.ATTACHMENTS_LENGTH && all.size() > 1) {
            all.remove(all.size() - 1);
            json = Json.write(all);
        }
        return json.length() > MessageEntity.ATTACHMENTS_LENGTH ? null : json;
    }

    /** Forward only: a late {@code delivered} never overwrites {@code read}; {@code failed} only before delivery. */
    static void applyStatus(MessageEntity msg, StatusUpdate s) {
        if (Message.FAILED.equals(s.status())) {
            if (STATUS_ORDER.getOrDefault(msg.status, 0) < STATUS_ORDER.get(Message.DELIVERED)) {
                msg.status = Message.FAILED;
                msg.failure = ChannelRules.reason(s.failure());
            }
            return;
        }
        Integer next = STATUS_ORDER.get(s.status());
        Integer current = STATUS_ORDER.get(msg.status);
        if (next != null && (current == null ? !Message.FAILED.equals(msg.status) : next > current)) {
            msg.status = s.status();
        }
    }

    private static Optional<MessageEntity> byProviderId(EntityManager em, String channelId, String providerMessageId) {
        if (providerMessageId == null) {
            return Optional.empty();
        }
        return em.createQuery("select m from MessageEntity m where m.channelId = :c and m.providerMessageId = :p", MessageEntity.class)
                .setParameter("c", channelId).setParameter("p", providerMessageId).getResultList().stream().findFirst();
    }

    static String subject(String s) {
        if (s == null) {
            return null;
        }
        String v = s.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return v.length() > 300 ? v.substring(0, 300) : v;
    }

    /** The conversation of the first earlier message this one answers that the channel has, if any. */
    private static Optional<ConversationEntity> byReply(EntityManager em, String channelId, InboundMessage m) {
        for (String id : m.inReplyTo()) {
            Optional<ConversationEntity> c = byProviderId(em, channelId, id).map(msg -> em.find(ConversationEntity.class, msg.conversationId));
            if (c.isPresent() && c.get() != null) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static ConversationEntity conversation(EntityManager em, String channelId, InboundMessage m, long now) {
        ConversationEntity c = byReply(em, channelId, m).orElse(null);
        if (c == null) {
            c = em.createQuery("select c from ConversationEntity c where c.channelId = :ch and c.threadKey = :t",
                ConversationEntity.class).setParameter("ch", channelId).setParameter("t", m.threadKey()).getResultList().stream()
                .findFirst().orElse(null);
        }
        if (c == null) {
            c = new ConversationEntity();
            c.id = Ids.next(now);
            c.channelId = channelId;
            c.threadKey = m.threadKey();
            c.createdAt = now;
            c.tags = "";
            em.persist(c);
        }
        if (m.contact() != null) {
            Conversation.Contact k = m.contact();
            c.contactName = k.name() != null ? k.name() : c.contactName;
            c.contactHandle = k.handle() != null ? k.handle() : c.contactHandle;
            c.contactPhone = k.phone() != null ? k.phone() : c.contactPhone;
            c.contactEmail = k.email() != null ? k.email() : c.contactEmail;
        }
        c.state = Conversation.OPEN; // a new message reopens a closed conversation
        if (!m.automated()) {
            c.unread = true;
            c.lastDirection = Message.IN;
        }
        Conversations.touch(c, now);
        return c;
    }
}
