package org.offerbridge.rfqform.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.offerbridge.rfqform.api.FormSettings;
import org.offerbridge.rfqform.api.FormSettingsChange;
import org.offerbridge.rfqform.api.RfqForms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bound workspace's form settings, admins only. The first time the form is enabled the workspace's {@code webform}
 * channel is made through the channels capability (so it counts against the plan's channels quota, like every
 * channel, and a workspace at its quota gets the quota problem); later enables reuse it, and make it again if staff
 * deleted it.
 */
@Component(service = {RfqForms.class, RfqFormsImpl.class})
public class RfqFormsImpl implements RfqForms {
    /** The channel's name as staff see it in Channels and Conversations. */
    static final String CHANNEL_NAME = "Request-for-quote form";
    private static final int CHANNEL_SCAN = 500;

    private final FormStore store;
    private final FormUrls urls;
    private final ChannelService channels;
    private final RequestContext context;
    private final AuditTrail audit;
    private final StaffDirectory staff;

    @Activate
    public RfqFormsImpl(@Reference FormStore store, @Reference FormUrls urls, @Reference ChannelService channels,
            @Reference RequestContext context, @Reference AuditTrail audit, @Reference StaffDirectory staff) {
        this.staff = staff;
        this.store = store;
        this.urls = urls;
        this.channels = channels;
        this.context = context;
        this.audit = audit;
    }

    @Override
    public FormSettings settings() {
        TenantPrincipal p = context.require().requireRole(Role.ADMIN);
        return WriteConflicts.retrying(3, () -> store.tx().callAs(p.tenantId(), em -> view(store.ensure(em, p.tenantId()))));
    }

    @Override
    public FormSettings update(FormSettingsChange change) {
        TenantPrincipal p = context.require().requireRole(Role.ADMIN);
        FormEntity current = WriteConflicts.retrying(3, () -> store.tx().callAs(p.tenantId(), em -> store.ensure(em, p.tenantId())));
        FormValues next = FormStore.values(current).apply(change, // every 400 before anything changes
                id -> staff.find(id).isPresent()); // a user of the bound workspace (another's is unknown here)
        String channelId = next.enabled() ? channel(current.channelId) : current.channelId;
        FormSettings saved = WriteConflicts.retrying(3, () -> store.tx().callAs(p.tenantId(), em -> {
            FormEntity f = store.ensure(em, p.tenantId());
            FormStore.write(f, next);
            f.channelId = channelId;
            f.updatedAt = System.currentTimeMillis();
            em.flush();
            return view(f);
        }));
        audit.record("rfq-form.settings.updated", "rfq-form", "enabled=" + next.enabled() + " notify=" + next.notifySeller()
                + " retentionDays=" + next.retentionDays() + " products=" + (next.products() == null ? "all" : next.products().size()));
        return saved;
    }

    /**
     * Makes sure the bound workspace has its webform channel and records it with the form: for a submission that found
     * the recorded channel deleted. Runs under a principal allowed to create channels.
     */
    String ensureChannel(String tenantId, String recorded) {
        String id = channel(recorded);
        WriteConflicts.retrying(3, () -> store.tx().callAs(tenantId, em -> {
            FormEntity f = em.find(FormEntity.class, tenantId);
            if (f != null) {
                f.channelId = id;
            }
            return null;
        }));
        return id;
    }

    /** The workspace's webform channel: the one recorded, else one the workspace has, else a new one. */
    private String channel(String recorded) {
        if (recorded != null && channels.get(recorded).isPresent()) {
            return recorded;
        }
        Optional<Channel> existing = channels.list(null, CHANNEL_SCAN).stream().filter(c -> WebformKind.ID.equals(c.kind())).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        return WebformKind.making(() -> channels.create(WebformKind.ID, CHANNEL_NAME, Map.of())).channel().id();
    }

    FormSettings view(FormEntity f) {
        FormValues v = FormStore.values(f);
        String url = urls.of(f.formToken);
        String label = label(v, Locale.forLanguageTag(v.languages().get(0)));
        return new FormSettings(v.enabled(), v.notifySeller(), v.recipients(), v.buttonLabel(), v.customerText(), v.retentionDays(), v.products(),
                v.requiredFields(), v.thankYouText(), v.languages(), url, Embed.snippet(url, label), Embed.link(url, label),
                Embed.iframe(url, label), f.channelId);
    }

    /** The button's label: the seller's, else the standard one in {@code locale}. */
    static String label(FormValues v, Locale locale) {
        return v.buttonLabel() != null ? v.buttonLabel() : Texts.of(locale).get("button");
    }
}
