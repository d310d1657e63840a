package org.offerbridge.quotation.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.offerbridge.quotation.mail.api.MailHosts;
import org.offerbridge.quotation.mail.api.MailSecurity;
import org.offerbridge.quotation.mail.api.Sender;
import org.offerbridge.quotation.mail.api.SmtpServer;
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
    private static final List<String> SECURITY = Stream.of(MailSecurity.values()).map(MailSecurity::id).toList();
    private static final int MAX_PORT = 65535;
    private static final int MAX_PASSWORD = 500;
    private static final int MAX_NAME = 200;

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
        FieldRules.body(in);
        MailSecurity security = in.security() == null ? MailSecurity.STARTTLS
                : MailSecurity.of(FieldRules.oneOf("security", in.security().strip().toLowerCase(Locale.ROOT), SECURITY)).orElseThrow();
        String host = FieldRules.requiredText("host", in.host(), MailHosts.MAX);
        if (!MailHosts.isHostName(host)) {
            throw ProblemException.invalid("host", "host is a server name such as smtp.example.com");
        }
        int port = in.port() == null ? security.smtpPort() : in.port();
        if (port < 1 || port > MAX_PORT) {
            throw FieldRules.invalid("port", "port is between 1 and " + MAX_PORT, "field.range", "port", 1, MAX_PORT);
        }
        try {
            policy.checkHost(host, port);
        } catch (RefusedAddressException e) {
            throw ProblemException.invalid("host", e.getMessage());
        }
        String username = FieldRules.text("username", in.username(), FieldRules.MAX_EMAIL);
        // the password is taken as typed, spaces and all
        if (in.password() != null && in.password().length() > MAX_PASSWORD) {
            throw FieldRules.invalid("password", "password has at most " + MAX_PASSWORD + " characters", "field.tooLong", "password",
                    MAX_PASSWORD);
        }
        String from = address("fromAddress", FieldRules.email("fromAddress", in.fromAddress()));
        String fromName = FieldRules.name("fromName", in.fromName(), MAX_NAME);
        String replyTo = address("replyTo", FieldRules.optionalEmail("replyTo", in.replyTo()));
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
            e.security = security.id();
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
            return new SmtpAccount(new SmtpServer(e.host, e.port, MailSecurity.of(e.security).orElseThrow(), e.username, password), sender(e));
        }));
    }

    /** Who the tenant's mail is from, without unsealing the password. */
    Optional<Sender> sender(String tenantId) {
        return Optional.ofNullable(tx.callAs(tenantId, em -> {
            SmtpSettingsEntity e = row(em);
            return e == null ? null : sender(e);
        }));
    }

    private static Sender sender(SmtpSettingsEntity e) {
        return new Sender(e.fromAddress, e.fromName, e.replyTo);
    }

    private static SmtpSettingsEntity row(EntityManager em) {
        List<SmtpSettingsEntity> rows = em.createQuery("select s from SmtpSettingsEntity s", SmtpSettingsEntity.class).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static SmtpSettings view(SmtpSettingsEntity e) {
        return new SmtpSettings(e.host, e.port, e.security, e.username, e.passwordSealed != null, e.fromAddress, e.fromName, e.replyTo,
                Instant.ofEpochMilli(e.updatedAt), e.updatedBy);
    }

    /** An address the shared rules took, also as the mail library parses it (what the SMTP server will be given). */
    private static String address(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Addresses.check(value);
        } catch (IllegalArgumentException e) {
            throw FieldRules.invalid(field, e.getMessage(), "field.email", field);
        }
    }
}
