package org.offerbridge.rfqform.internal.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.offerbridge.quotation.mail.api.MailTransport;
import org.offerbridge.rfqform.internal.FormStore;
import org.offerbridge.rfqform.internal.SubmissionEntity;
import org.offerbridge.rfqform.internal.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the seller's notification of a submission after it committed, in the background (a slow or broken SMTP server
 * never holds up or fails the customer's post): to the form's recipients (an address, or a user id resolved to the
 * user's current email when sending; a user deactivated or removed since is skipped), or the workspace's active owners
 * and admins when it names none, in the workspace's language. A transient failure is tried again twice; a failure that stays raises
 * a system message. What was sent is kept with the submission (its JSON), which the retention purge removes with it.
 */
@Component(service = SellerNotifier.class)
public class SellerNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(SellerNotifier.class);
    static final String SOURCE = "rfq-form";
    static final int ATTEMPTS = 3;
    private static final int MAX_STAFF = 200;

    private final FormStore store;
    private final RequestContext context;
    private final ExecutorService sender;
    Clock clock = Clock.systemUTC();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile MailTransport mail;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile SystemMessageLog messages;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile StaffDirectory staff;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile WorkspaceSettings workspace;

    @Activate
    public SellerNotifier(@Reference FormStore store, @Reference RequestContext context) {
        this.store = store;
        this.context = context;
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "offerbridge-rfq-form-notify");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        sender.shutdownNow();
    }

    /**
     * Queues the notification; {@code recipients} are the form's, addresses and user ids (empty: the workspace's owners
     * and admins).
     */
    public void notifyLater(String tenantId, String planId, List<String> recipients, SellerMail.Notice notice) {
        try {
            sender.execute(() -> send(tenantId, planId, recipients, notice));
        } catch (RejectedExecutionException e) {
            LOG.warn("The seller's notification of a request-for-quote submission was not sent: the form is stopping");
        }
    }

    /** Sends now (on the caller's thread); returns whether it went out. */
    public boolean send(String tenantId, String planId, List<String> recipients, SellerMail.Notice notice) {
        String ref = notice.rfq().reference();
        MailTransport t = mail;
        if (t == null) {
            report(tenantId, "The notification of request " + ref + " was not sent: sending email is not installed on this server.");
            return false;
        }
        TenantPrincipal system = new TenantPrincipal(tenantId, null, SOURCE, Role.ADMIN, planId);
        List<String> to = context.runAs(system, () -> recipients.isEmpty() ? admins() : resolve(recipients, this::member));
        if (to.isEmpty()) {
            report(tenantId, "The notification of request " + ref + " was not sent: " + (recipients.isEmpty()
                    ? "the form names no recipients and the workspace has no active owner or admin with an email address."
                    : "the users the form names are no longer active (or were removed) and it names no address."));
            return false;
        }
        Locale language = context.runAs(system, this::language);
        Texts texts = Texts.of(language);
        SellerMail.Notice n = new SellerMail.Notice(notice.rfq(), notice.requestLink(), notice.attached(), to);
        for (int attempt = 1;; attempt++) {
            try {
                t.sendAsWorkspace(tenantId, (session, from) -> SellerMail.compose(session, from, texts, n));
                keepCopy(tenantId, ref, n.json());
                return true;
            } catch (MailSendException e) {
                if (e.failure() == MailSendException.Failure.TRANSIENT && attempt < ATTEMPTS) {
                    continue;
                }
                String why = e.failure() == MailSendException.Failure.NOT_SET_UP
                        ? "the workspace has no email settings (Settings → Email)" : e.getMessage();
                report(tenantId, "The notification of request " + ref + " was not sent: " + why);
                return false;
            } catch (RuntimeException e) {
                LOG.warn("The notification of request {} was not sent: {}", ref, e.getClass().getSimpleName());
                report(tenantId, "The notification of request " + ref + " was not sent: an unexpected error (see the server log).");
                return false;
            }
        }
    }

    /** The JSON sent, kept with the submission (gone already if the purge came first: then nothing is kept). */
    private void keepCopy(String tenantId, String reference, String json) {
        store.tx().callAs(tenantId, em -> {
            SubmissionEntity s = em.find(SubmissionEntity.class, reference);
            if (s != null) {
                s.notice = json;
                s.notifiedAt = clock.millis();
            }
            return null;
        });
    }

    /**
     * The addresses of the form's recipients: an address as it is, a user id as the user's current email, skipped when
     * the user is gone, deactivated or has no address; each address once.
     */
    static List<String> resolve(List<String> entries, Function<String, Optional<StaffDirectory.StaffMember>> member) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String e : entries) {
            if (e.indexOf('@') >= 0) {
                out.add(e.toLowerCase(Locale.ROOT));
            } else {
                member.apply(e).filter(StaffDirectory.StaffMember::active).map(StaffDirectory.StaffMember::email)
                        .filter(m -> !m.isBlank()).ifPresent(m -> out.add(m.toLowerCase(Locale.ROOT)));
            }
        }
        return new ArrayList<>(out);
    }

    /** The bound workspace's user with this id; none without a staff directory. */
    private Optional<StaffDirectory.StaffMember> member(String id) {
        StaffDirectory d = staff;
        return d == null ? Optional.empty() : d.find(id);
    }

    private List<String> admins() {
        StaffDirectory d = staff;
        List<String> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        for (StaffDirectory.StaffMember m : d.list(MAX_STAFF)) {
            if (m.active() && m.email() != null && (m.role() == Role.OWNER || m.role() == Role.ADMIN)) {
                out.add(m.email());
            }
        }
        return out;
    }

    private Locale language() {
        WorkspaceSettings w = workspace;
        String tag = Optional.ofNullable(w).map(s -> s.profile().locale()).orElse(null);
        return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag.replace('_', '-'));
    }

    private void report(String tenantId, String text) {
        SystemMessageLog log = messages;
        if (log == null) {
            LOG.warn("No system messages installed; for workspace {}: {}", tenantId, text);
            return;
        }
        try {
            log.report(tenantId, SystemMessageLog.Severity.WARNING, SOURCE, text);
        } catch (RuntimeException e) {
            LOG.warn("Could not record a system message for workspace {}: {}", tenantId, e.getClass().getSimpleName());
        }
    }
}
