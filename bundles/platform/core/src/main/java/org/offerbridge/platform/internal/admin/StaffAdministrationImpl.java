package org.offerbridge.platform.internal.admin;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.offerbridge.platform.internal.PlatformConfig;
import org.offerbridge.platform.internal.persistence.InvitationEntity;
import org.offerbridge.platform.internal.persistence.UserEntity;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Staff of the bound workspace with its role and quota rules; {@code /users} delegates here. */
@Component(service = StaffAdministration.class, configurationPid = PlatformConfig.PID)
public class StaffAdministrationImpl implements StaffAdministration {
    /** The languages the product speaks, and so the admin UI. */
    static final List<String> SUPPORTED_LANGUAGES = List.of("en", "de", "fr", "es", "ru", "uk", "hi");
    private final UserStore users;
    private final RequestContext context;
    private final UsageMeter usage;
    private volatile PlatformConfig config;

    @Activate
    public StaffAdministrationImpl(@Reference UserStore users, @Reference RequestContext context, @Reference UsageMeter usage,
            PlatformConfig config) {
        this.users = users;
        this.context = context;
        this.usage = usage;
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    @Override
    public List<StaffUser> list(int limit) {
        TenantPrincipal p = context.require();
        return users.list(p.tenantId(), null, Math.max(1, Math.min(limit, 1000))).stream().map(StaffAdministrationImpl::view).toList();
    }

    @Override
    public StaffUser changeRole(String userId, Role role) {
        if (role == null) {
            throw ProblemException.invalid("role", "role is required");
        }
        return update(userId, role, null);
    }

    @Override
    public StaffUser setActive(String userId, boolean active) {
        return update(userId, null, active);
    }

    @Override
    public StaffUser update(String userId, Role role, Boolean active) {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        UserEntity current = users.find(p.tenantId(), userId).orElseThrow(() -> ProblemException.notFound("User " + userId));
        boolean touchesOwner = role == Role.OWNER || Role.OWNER.id().equals(current.role);
        if (touchesOwner && p.role() != Role.OWNER) {
            throw ProblemException.forbidden("Only an owner may grant or change the owner role");
        }
        if (Boolean.TRUE.equals(active) && !current.active) {
            usage.checkLevel(Quota.USERS, users.countActive(p.tenantId()) + 1);
        }
        try {
            return users.update(p.tenantId(), userId, role, active, p.actor()).map(StaffAdministrationImpl::view)
                    .orElseThrow(() -> ProblemException.notFound("User " + userId));
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    @Override
    public Invited invite(String email, Role role) {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        String address = FieldRules.email("email", email);
        Role r = role == null ? Role.SALES : role;
        if (r == Role.OWNER && p.role() != Role.OWNER) {
            throw ProblemException.forbidden("Only an owner may invite another owner");
        }
        usage.checkLevel(Quota.USERS, users.countActive(p.tenantId()) + 1);
        String token = SecretTokens.random(32);
        long expires = System.currentTimeMillis() + config.invitationDays() * 86_400_000L;
        InvitationEntity i = users.invite(p.tenantId(), address, r, SecretTokens.sha256(token), expires, p.actor());
        return new Invited(view(i), token);
    }

    @Override
    public Preferences myPreferences() {
        UserEntity u = me();
        return new Preferences(u.language, u.timeZone);
    }

    @Override
    public Preferences updateMyPreferences(String language, String timeZone) {
        UserEntity me = me();
        String lang = FieldRules.languageTag("language", language);
        if (lang != null && !SUPPORTED_LANGUAGES.contains(Locale.forLanguageTag(lang).getLanguage())) {
            throw FieldRules.invalid("language", "language must be one of " + String.join(", ", SUPPORTED_LANGUAGES),
                    "field.oneOf", "language", String.join(", ", SUPPORTED_LANGUAGES));
        }
        String zone = FieldRules.text("timeZone", timeZone, 64);
        if (zone != null) {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                throw FieldRules.invalid("timeZone", "timeZone must be a time zone such as Asia/Kolkata or Europe/Berlin",
                        "field.timeZone", "timeZone");
            }
        }
        UserEntity u = users.updatePreferences(me.tenantId, me.id, lang, zone)
                .orElseThrow(() -> ProblemException.notFound("User " + me.id));
        return new Preferences(u.language, u.timeZone);
    }

    private UserEntity me() {
        TenantPrincipal p = context.require();
        if (p.userId() == null) {
            throw ProblemException.conflict("Only a staff user has preferences; this call was made with an API key");
        }
        return users.find(p.tenantId(), p.userId()).orElseThrow(() -> ProblemException.notFound("User " + p.userId()));
    }

    @Override
    public List<Invitation> openInvitations() {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        return users.openInvitations(p.tenantId()).stream().map(StaffAdministrationImpl::view).toList();
    }

    @Override
    public void revokeInvitation(String invitationId) {
        TenantPrincipal p = Guards.atLeast(context, Role.ADMIN);
        if (!users.revokeInvitation(p.tenantId(), invitationId, p.actor())) {
            throw ProblemException.notFound("Invitation " + invitationId);
        }
    }

    static StaffUser view(UserEntity u) {
        return new StaffUser(u.id, u.email, u.displayName, Role.of(u.role), u.active, Instant.ofEpochMilli(u.createdAt),
                u.lastLoginAt == 0 ? null : Instant.ofEpochMilli(u.lastLoginAt));
    }

    static Invitation view(InvitationEntity i) {
        return new Invitation(i.id, i.email, Role.of(i.role), i.invitedBy, Instant.ofEpochMilli(i.createdAt), Instant.ofEpochMilli(i.expiresAt));
    }
}
