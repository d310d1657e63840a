package org.offerbridge.quotation.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bound workspace's SMTP settings: validated (400 naming the field), the host held to the outbound address policy
 * like every address a tenant chooses, the password sealed. The sender reads them back by tenant id.
 */
@Component(service = SmtpSettingsStore.class)
public class SmtpSettingsStore {
    static final String UNIT = "(osgi.unit.name=offerbridge-quotation-mail)";
    /** A DNS name or an IPv4/IPv6 literal; the policy then decides whether it may be reached. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?|[0-9a-fA-F:.]+");

    private final TenantTransactions tx;
    private final RequestContext context;
    private final SecretCipher cipher;
    private final OutboundAddressPolicy policy;

    @Activate
    public SmtpSettingsStore(@Reference(target = UNIT) JpaTemplate jpa, @Reference RequestContext context, @Reference SecretCipher cipher,
            @Reference OutboundAddressPolicy policy) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.cipher = cipher;
        this.policy = policy;
    }

    Optional<SmtpSettings> get() {
        return Optional.ofNullable(tx.call(em -> {
            SmtpSettingsEntity e = row(em);
            return e == null ? null : view(e);
        }));
    }

    SmtpSettings put(SmtpSettingsInput in) {
        if (in == null) {
            throw ProblemException.invalid("body", "A JSON object is required");
        }
        SmtpSecurity security = in.security() == null ? SmtpSecurity.STARTTLS : SmtpSecurity.of(in.security());
        if (security == null) {
            throw ProblemException.invalid("security", "security is one of none, starttls, tls");
        }
        String host = text("host", in.host(), 253, true);
        if (!HOST.matcher(host).matches()) {
            throw ProblemException.invalid("host", "host is a server name such as smtp.example.com");
        }
        int port = in.port() == null ? security.defaultPort : in.port();
        if (port < 1 || port > 65535) {
            throw ProblemException.invalid("port", "port is between 1 and 65535");
        }
        try {
            policy.checkHost(host, port);
        } catch (RefusedAddressException e) {
            throw ProblemException.invalid("host", e.getMessage());
        }
        String username = text("username", in.username(), 254, false);
        if (in.password() != null && in.password().length() > 500) {
            throw ProblemException.invalid("password", "password has at most 500 characters");
        }
        String from = address("fromAddress", in.fromAddress(), true);
        String fromName = text("fromName", in.fromName(), 200, false);
        String replyTo = address("replyTo", in.replyTo(), false);
        String actor = context.require().actor();
        return tx.call(em -> {
            SmtpSettingsEntity e = row(em);
            if (e == null) {
                e = new SmtpSettingsEntity();
                e.id = UUID.randomUUID().toString();
                em.persist(e);
            }
            e.host = host;
            e.port = port;
            e.security = security.id;
            e.username = username;
            if (in.password() != null) {
                e.passwordSealed = in.password().isEmpty() ? null : cipher.encrypt(in.password());
            }
            e.fromAddress = from;
            e.fromName = fromName;
            e.replyTo = replyTo;
            e.updatedAt = System.currentTimeMillis();
            e.updatedBy = actor;
            return view(e);
        });
    }

    boolean delete() {
        return tx.call(em -> {
            SmtpSettingsEntity e = row(em);
            if (e != null) {
                em.remove(e);
            }
            return e != null;
        });
    }

    /** Whether the bound workspace has set up a server. */
    boolean configured() {
        return get().isPresent();
    }

    /**
     * The tenant's account with its password unsealed, for one send.
     *
     * @throws IllegalStateException when the password no longer decrypts (another node's key, or tampered)
     */
    Optional<SmtpAccount> account(String tenantId) {
        return Optional.ofNullable(tx.callAs(tenantId, em -> {
            SmtpSettingsEntity e = row(em);
            if (e == null) {
                return null;
            }
            String password = e.passwordSealed == null ? null : cipher.decrypt(e.passwordSealed);
            return new SmtpAccount(e.host, e.port, SmtpSecurity.of(e.security), e.username, password, e.fromAddress, e.fromName, e.replyTo);
        }));
    }

    private static SmtpSettingsEntity row(EntityManager em) {
        List<SmtpSettingsEntity> rows = em.createQuery("select s from SmtpSettingsEntity s", SmtpSettingsEntity.class).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static SmtpSettings view(SmtpSettingsEntity e) {
        return new SmtpSettings(e.host, e.port, e.security, e.username, e.passwordSealed != null, e.fromAddress, e.fromName, e.replyTo,
                Instant.ofEpochMilli(e.updatedAt), e.updatedBy);
    }

    private static String address(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid(field, field + " is required");
            }
            return null;
        }
        try {
            return Addresses.check(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid(field, field + " is required");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ProblemException.invalid(field, field + " has at most " + max + " characters");
        }
        if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ProblemException.invalid(field, field + " must not contain control characters");
        }
        return v;
    }
}
