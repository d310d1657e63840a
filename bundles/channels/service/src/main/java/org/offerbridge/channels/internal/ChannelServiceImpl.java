package org.offerbridge.channels.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.internal.attachments.AttachmentIntake;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Channels of the bound workspace: staff read, admins change; the plan's {@code channels} quota counts them. */
@Component(service = {ChannelService.class, ChannelServiceImpl.class})
public class ChannelServiceImpl implements ChannelService {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelServiceImpl.class);
    /** 256 random bits: the token is the inbound URL's only credential before the kind's own check. */
    static final int TOKEN_BYTES = 32;

    private final ChannelStore store;
    private final ChannelKinds kinds;
    private final ChannelSecrets secrets;
    private final UsageMeter usage;
    private final RequestContext context;
    private final Audit audit;
    private final AttachmentIntake attachments;

    @Activate
    public ChannelServiceImpl(@Reference ChannelStore store, @Reference ChannelKinds kinds, @Reference ChannelSecrets secrets,
            @Reference UsageMeter usage, @Reference RequestContext context, @Reference Audit audit,
            @Reference AttachmentIntake attachments) {
        this.store = store;
        this.kinds = kinds;
        this.secrets = secrets;
        this.usage = usage;
        this.context = context;
        this.audit = audit;
        this.attachments = attachments;
    }

    @Override
    public Created create(String kindId, String name, Map<String, Object> settings) {
        TenantPrincipal p = context.require().requireRole(Role.ADMIN);
        String k = ChannelRules.kind(kindId, kinds.ids());
        String n = ChannelRules.name(name);
        ChannelKind kind = kind(k);
        PreparedSettings prepared = kind.settings(settings == null ? Map.of() : settings, ChannelSettings.NONE);
        String accountKey = kind.accountKey(new ChannelSettings(null, prepared.values(), prepared.secrets()));
        usage.checkLevel(Quota.CHANNELS, store.count() + 1);

        long now = System.currentTimeMillis();
        String token = SecretTokens.random(TOKEN_BYTES);
        ChannelEntity e = new ChannelEntity();
        e.id = Ids.next(now);
        e.kind = k;
        e.name = n;
        e.status = Channel.NEEDS_ATTENTION;
        e.statusReason = "Connecting";
        e.tokenHash = SecretTokens.sha256(token);
        e.tokenSealed = secrets.sealToken(token);
        e.settings = Json.write(prepared.values());
        e.secretsSealed = secrets.seal(prepared.secrets());
        e.accountKey = accountKey;
        e.planId = p.planId();
        e.createdAt = now;
        e.updatedAt = now;
        StoredChannel stored;
        try {
            stored = store.create(e);
        } catch (ProblemException pe) {
            throw pe;
        } catch (RuntimeException ex) {
            if (accountKey != null && WriteConflicts.isUniqueViolation(ex)) {
                throw ChannelStore.accountTaken(); // another workspace connected it at the same moment
            }
            throw ex;
        }
        StoredChannel connected = connect(kind, stored);
        audit.record("channel.created", stored.id(), "kind=" + k);
        return new Created(secrets.view(connected), prepared.shownOnce());
    }

    @Override
    public List<Channel> list(String afterId, int limit) {
        return store.list(afterId, Math.max(1, Math.min(limit, 500))).stream().map(secrets::view).toList();
    }

    @Override
    public Optional<Channel> get(String id) {
        return store.find(id).map(secrets::view);
    }

    @Override
    public Channel update(String id, String name, Map<String, Object> settings) {
        TenantPrincipal p = context.require().requireRole(Role.ADMIN);
        StoredChannel c = require(id);
        String n = name == null ? null : ChannelRules.name(name);
        ChannelKind kind = kind(c.kind());
        String settingsJson = null;
        String sealed = null;
        String accountKey = c.accountKey();
        if (settings != null) {
            PreparedSettings prepared = kind.settings(settings, secrets.settings(c));
            settingsJson = Json.write(prepared.values());
            sealed = secrets.seal(prepared.secrets());
            accountKey = kind.accountKey(new ChannelSettings(c.id(), prepared.values(), prepared.secrets()));
        }
        StoredChannel changed = store.update(id, n, settingsJson, sealed, accountKey, p.planId()).orElseThrow(ChannelServiceImpl::notFound);
        if (settings != null) {
            changed = connect(kind, changed);
        }
        audit.record("channel.updated", id, (n == null ? "" : "name ") + (settings == null ? "" : "settings"));
        return secrets.view(changed);
    }

    @Override
    public Channel test(String id) {
        TenantPrincipal p = context.require().requireRole(Role.ADMIN);
        StoredChannel c = store.update(id, null, null, null, null, p.planId()).orElseThrow(ChannelServiceImpl::notFound);
        return secrets.view(connect(kind(c.kind()), c));
    }

    @Override
    public void delete(String id) {
        context.require().requireRole(Role.ADMIN);
        // the settings as they were: after the delete commits, the kind undoes its connection with them
        Optional<StoredChannel> before = store.find(id);
        Optional<List<String>> files = before.isEmpty() ? Optional.empty() : store.delete(id);
        if (files.isEmpty()) {
            throw notFound();
        }
        audit.record("channel.deleted", id, "files=" + files.get().size());
        // the rows are gone with the channel; their files go now (what fails here is left to the orphan sweep)
        attachments.discard(before.get().tenantId(), id, files.get());
        disconnect(before.get());
    }

    /** Tells the provider the channel is gone; the delete stands whatever happens here. */
    private void disconnect(StoredChannel c) {
        Optional<ChannelKind> kind = kinds.find(c.kind());
        if (kind.isEmpty()) {
            return;
        }
        try {
            kind.get().disconnect(secrets.settings(c));
        } catch (RuntimeException e) {
            // the class only: a message could quote a URL with a token in it
            LOG.warn("Disconnecting deleted channel {} of kind {} at the provider failed: {}", c.id(), c.kind(), e.getClass().getSimpleName());
        }
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public List<String> kinds() {
        return kinds.connectedByStaff();
    }

    /** Connects and records the outcome; a kind that throws is a channel needing attention, never a failed call. */
    private StoredChannel connect(ChannelKind kind, StoredChannel c) {
        Connection result;
        try {
            result = kind.connect(secrets.settings(c), secrets.inboundUrl(c));
        } catch (RuntimeException e) {
            LOG.warn("Connecting channel {} of kind {} failed: {}", c.id(), c.kind(), e.getClass().getSimpleName());
            result = Connection.needsAttention("Connecting failed unexpectedly; try the test again");
        }
        String sealed = result.newSecrets().isEmpty() ? null : secrets.merge(c.secretsSealed(), result.newSecrets());
        return store.connected(c.tenantId(), c.id(), result.connected(), result.reason(), sealed).orElseThrow(ChannelServiceImpl::notFound);
    }

    StoredChannel require(String id) {
        return store.find(id).orElseThrow(ChannelServiceImpl::notFound);
    }

    ChannelKind kind(String id) {
        return kinds.find(id).orElseThrow(() -> new ProblemException(409, "channel-kind-unavailable", "Channel kind not installed",
                "The " + id + " channel kind is not installed on this server", "kind").withMessage("channels.kindUnavailable", id));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("The channel");
    }
}
