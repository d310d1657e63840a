package org.offerbridge.channels.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.ConversationService;
import org.offerbridge.channels.api.Message;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.offerbridge.platform.api.rest.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The bound workspace's conversations: staff read; sales and above take, assign, close, mark read and reply. */
@Component(service = {ConversationService.class, ConversationServiceImpl.class})
public class ConversationServiceImpl implements ConversationService {
    private final TenantTransactions tx;
    private final ChannelServiceImpl channels;
    private final ChannelSecrets secrets;
    private final RequestContext context;
    private final StaffDirectory staff;
    private final WorkProcessor processor;
    private final OutboundSending sending;
    /** Customer cards, to check a link; the customers bundle may restart while this one runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile CustomerDirectory customers;

    @Activate
    public ConversationServiceImpl(@Reference ChannelStore store, @Reference ChannelServiceImpl channels, @Reference ChannelSecrets secrets,
            @Reference RequestContext context, @Reference StaffDirectory staff, @Reference WorkProcessor processor,
            @Reference OutboundSending sending) {
        this.tx = store.tx();
        this.channels = channels;
        this.secrets = secrets;
        this.context = context;
        this.staff = staff;
        this.processor = processor;
        this.sending = sending;
    }

    @Override
    public List<Conversation> list(Filter f, String after, int limit) {
        TenantPrincipal p = context.require();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String state = ChannelRules.state(f.state());
        if (state != null) {
            where.add("c.state = :state");
            params.put("state", state);
        }
        if (Boolean.TRUE.equals(f.unread())) {
            where.add("c.unread = true");
        } else if (Boolean.FALSE.equals(f.unread())) {
            where.add("c.unread = false");
        }
        if (Boolean.TRUE.equals(f.unanswered())) {
            where.add("c.lastDirection = 'in'");
        } else if (Boolean.FALSE.equals(f.unanswered())) {
            where.add("(c.lastDirection is null or c.lastDirection <> 'in')");
        }
        if (Boolean.TRUE.equals(f.linked())) {
            where.add("c.customerId is not null");
        } else if (Boolean.FALSE.equals(f.linked())) {
            where.add("c.customerId is null");
        }
        String tag = ConversationTags.tag("tag", f.tag());
        if (tag != null) {
            where.add("c.tags like :tag escape '!'");
            params.put("tag", "%," + ConversationTags.likeSafe(tag) + ",%");
        }
        String channel = FieldRules.text("channel", f.channelId(), Ids.LENGTH);
        if (channel != null) {
            where.add("c.channelId = :channel");
            params.put("channel", channel);
        }
        String owner = FieldRules.text("owner", f.owner(), 64);
        if ("none".equals(owner)) {
            where.add("c.ownerId is null");
        } else if (owner != null) {
            if ("me".equals(owner) && p.userId() == null) {
                throw FieldRules.invalid("owner", "owner=me needs a staff session; an API key has no user", "channels.staffSession");
            }
            where.add("c.ownerId = :owner");
            params.put("owner", "me".equals(owner) ? p.userId() : owner);
        }
        String q = FieldRules.text("q", f.q(), ChannelRules.MAX_QUERY);
        if (q != null) {
            boolean names = q.startsWith("@");
            String like = "%" + (names ? q.substring(1) : q).toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            where.add(names ? "(lower(c.contactName) like :q or lower(c.contactHandle) like :q)"
                    : "(lower(c.contactName) like :q or lower(c.contactHandle) like :q or lower(c.contactEmail) like :q or c.contactPhone like :q)");
            params.put("q", like);
        }
        if (after != null) {
            where.add("c.lastKey < :after");
            params.put("after", after);
        }
        String jpql = "select c from ConversationEntity c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.lastKey desc";
        return tx.call(em -> {
            TypedQuery<ConversationEntity> query = em.createQuery(jpql, ConversationEntity.class).setMaxResults(Math.max(1, Math.min(limit, 500)));
            params.forEach(query::setParameter);
            List<ConversationEntity> page = query.getResultList();
            Map<String, Conversation.ChannelRef> refs = ChannelRefs.of(em, page);
            return page.stream().map(c -> Conversations.view(c, refs)).toList();
        });
    }

    @Override
    public String pageKey(Conversation c) {
        return String.format("%015d-%s", c.lastMessageAt() == null ? 0 : c.lastMessageAt().toEpochMilli(), c.id());
    }

    @Override
    public Optional<Conversation> get(String id) {
        return tx.call(em -> Optional.ofNullable(em.find(ConversationEntity.class, id)).map(c -> view(em, c)));
    }

    @Override
    public Optional<MessagePlace> placeOf(String messageId) {
        return tx.call(em -> Optional.ofNullable(em.find(MessageEntity.class, messageId)).map(m -> new MessagePlace(m.conversationId, m.requestId)));
    }

    @Override
    public List<Message> messages(String conversationId, String afterId, int limit) {
        return tx.call(em -> {
            if (em.find(ConversationEntity.class, conversationId) == null) {
                throw notFound();
            }
            TypedQuery<MessageEntity> q = em.createQuery("select m from MessageEntity m where m.conversationId = :c"
                    + (afterId == null ? "" : " and m.id > :after") + " order by m.id", MessageEntity.class)
                    .setParameter("c", conversationId).setMaxResults(Math.max(1, Math.min(limit, 500)));
            if (afterId != null) {
                q.setParameter("after", afterId);
            }
            return q.getResultList().stream().map(Conversations::view).toList();
        });
    }

    @Override
    public Conversation take(String id) {
        TenantPrincipal p = staffUser();
        return change(id, c -> c.ownerId = p.userId());
    }

    @Override
    public Conversation assign(String id, String userId) {
        context.require().requireRole(Role.SALES);
        String u = FieldRules.requiredText("userId", userId, 64);
        if (staff.find(u).filter(StaffDirectory.StaffMember::active).isEmpty()) {
            throw FieldRules.invalid("userId", "No active staff member of this workspace has this id", "channels.unknownUser", "userId");
        }
        return change(id, c -> c.ownerId = u);
    }

    @Override
    public Conversation close(String id) {
        context.require().requireRole(Role.SALES);
        return change(id, c -> c.state = Conversation.CLOSED);
    }

    @Override
    public Conversation markRead(String id) {
        context.require().requireRole(Role.SALES);
        return change(id, c -> c.unread = false);
    }

    @Override
    public Conversation setTags(String id, List<String> tags) {
        context.require().requireRole(Role.SALES);
        String joined = ConversationTags.join(tags);
        return change(id, c -> c.tags = joined);
    }

    @Override
    public Conversation linkCustomer(String id, String customerId) {
        context.require().requireRole(Role.SALES);
        String cid = FieldRules.requiredText("customerId", customerId, 64);
        CustomerDirectory directory = customers;
        if (directory == null || directory.get(cid).isEmpty()) {
            throw FieldRules.invalid("customerId", "No customer card of this workspace has this id", "channels.unknownCustomer", "customerId");
        }
        return change(id, c -> c.customerId = cid);
    }

    @Override
    public Conversation unlinkCustomer(String id) {
        context.require().requireRole(Role.SALES);
        return change(id, c -> c.customerId = null);
    }

    private static void requireOwner(TenantPrincipal p, ConversationEntity c) {
        if (!p.userId().equals(c.ownerId)) {
            throw new ProblemException(409, "conflict", "Conflict", "Only the conversation's owner may reply; take it first", "owner")
                    .withMessage("channels.notOwner");
        }
    }

    /** The conversation and its last inbound time, read in one transaction. */
    private record Snapshot(ConversationEntity conversation, Instant lastInbound) {
    }

    private Snapshot snapshot(String id) {
        return tx.call(em -> new Snapshot(Optional.ofNullable(em.find(ConversationEntity.class, id))
                .orElseThrow(ConversationServiceImpl::notFound), Conversations.lastInboundAt(em, id)));
    }

    private Optional<String> cannotReply(Snapshot snapshot) {
        StoredChannel channel = channels.require(snapshot.conversation().channelId);
        return channels.kind(channel.kind()).cannotReply(secrets.settings(channel), snapshot.lastInbound());
    }

    /** The same answer a quote sent through the conversation gets (a reason, never an exception, for a missing kind). */
    @Override
    public Optional<String> cannotReply(String id) {
        context.require();
        if (tx.call(em -> em.find(ConversationEntity.class, id)) == null) {
            throw notFound();
        }
        return sending.cannotSend(id);
    }

    @Override
    public Message reply(String id, String text) {
        TenantPrincipal p = staffUser();
        String t = ChannelRules.replyText(text);
        // the owner is checked again where the reply is written
        Snapshot snapshot = snapshot(id);
        requireOwner(p, snapshot.conversation());
        Optional<String> cannot = cannotReply(snapshot);
        if (cannot.isPresent()) {
            throw new ProblemException(409, "conflict", "Conflict", cannot.get(), "channel").withMessage("channels.cannotReply", cannot.get());
        }
        Message queued = tx.call(em -> {
            ConversationEntity c = em.find(ConversationEntity.class, id);
            if (c == null) {
                throw notFound();
            }
            requireOwner(p, c);
            long now = System.currentTimeMillis();
            MessageEntity m = new MessageEntity();
            m.id = Ids.next(now);
            m.conversationId = c.id;
            m.channelId = c.channelId;
            m.direction = Message.OUT;
            m.text = t;
            m.status = Message.QUEUED;
            m.authorId = p.userId();
            m.receivedAt = now;
            em.persist(m);
            WorkQueue.add(em, WorkEntity.OUTBOUND, m.id, c.channelId, now);
            c.unread = false;
            c.lastDirection = Message.OUT;
            Conversations.touch(c, now);
            return Conversations.view(m);
        });
        processor.wake();
        return queued;
    }

    /** Applies a staff change; an inbound message touching the conversation at the same moment makes it try again. */
    private Conversation change(String id, Consumer<ConversationEntity> change) {
        for (int attempt = 1;; attempt++) {
            try {
                return tx.call(em -> {
                    ConversationEntity c = find(em, id);
                    change.accept(c);
                    return view(em, c);
                });
            } catch (RuntimeException e) {
                if (attempt >= 3 || !WriteConflicts.isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private static ConversationEntity find(EntityManager em, String id) {
        ConversationEntity c = em.find(ConversationEntity.class, id);
        if (c == null) {
            throw notFound();
        }
        return c;
    }

    /** Taking and replying belong to a person: an API key has no user. */
    private TenantPrincipal staffUser() {
        TenantPrincipal p = context.require().requireRole(Role.SALES);
        if (p.userId() == null) {
            throw ProblemException.forbidden("Taking and replying to a conversation needs a staff session; an API key has no user")
                    .withMessage("channels.staffSession");
        }
        return p;
    }

    private static Conversation view(EntityManager em, ConversationEntity c) {
        return Conversations.view(c, ChannelRefs.of(em, List.of(c)));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("The conversation");
    }
}
