package org.offerbridge.rfqform.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundFile;
import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.WorkspaceStanding;
import org.offerbridge.platform.api.files.FileLimits;
import org.offerbridge.platform.api.files.TenantFiles;
import org.offerbridge.platform.api.persistence.WriteConflicts;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.offerbridge.quotation.mail.api.MailTransport;
import org.offerbridge.rfqform.internal.notify.Rfq;
import org.offerbridge.rfqform.internal.notify.SellerMail;
import org.offerbridge.rfqform.internal.notify.SellerNotifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public side of the forms: which form a token opens (none while it is off, the workspace is suspended or its plan
 * lacks the capability: all the same "not found"), the products it offers, and a submission from a browser or a
 * script: anti-abuse checks (honeypot, the signed form token's fill time, the daily cap), the rules of
 * {@link SubmissionRules}, then the message on the workspace's webform channel through the channels capability's
 * store-once path (provider id = the reference), and the customer's copy by email in the background.
 */
@Component(service = PublicForms.class, configurationPid = RfqFormConfig.PID)
@Designate(ocd = RfqFormConfig.class)
public class PublicForms {
    private static final Logger LOG = LoggerFactory.getLogger(PublicForms.class);
    static final String CAPABILITY = RfqFormCapability.ID;
    static final String SOURCE = "rfq-form";
    /** The most products one form page lists; the rest are asked for in the message. */
    static final int MAX_SHOWN = 100;
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FormStore store;
    private final FormUrls urls;
    private final RfqFormsImpl forms;
    private final WorkspaceStanding standing;
    private final CapabilityRegistry capabilities;
    private final RequestContext context;
    private final CatalogService catalog;
    private final PulledInbound inbound;
    private final TenantFiles files;
    private final ExecutorService mailer;
    private final SellerNotifier notifier;
    private volatile RfqFormConfig config;
    Clock clock = Clock.systemUTC();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile SystemMessageLog messages;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile MailTransport mail;

    /** An open form: its workspace and plan now, and its settings as they were read. */
    record Open(String tenantId, String planId, String formToken, FormValues values, byte[] key, String channelId) {
        FormTokens tokens() {
            return new FormTokens(key);
        }
    }

    /** A file as it came with a browser's post. */
    record Upload(String name, String contentType, byte[] bytes) {
    }

    /** Why a submission was refused before its content was looked at. */
    enum Refusal { HONEYPOT, TOKEN, TOO_FAST, EXPIRED, CAP }

    /**
     * The outcome of a submission: its reference (accepted), the problems of its fields, or a refusal. {@code checked}
     * carries what was accepted.
     */
    record Result(String reference, SubmissionRules.Checked checked, List<SubmissionRules.FieldError> errors, Refusal refusal) {
        static Result refused(Refusal r) {
            return new Result(null, null, List.of(), r);
        }
    }

    @Activate
    public PublicForms(@Reference FormStore store, @Reference FormUrls urls, @Reference RfqFormsImpl forms, @Reference WorkspaceStanding standing,
            @Reference CapabilityRegistry capabilities, @Reference RequestContext context, @Reference CatalogService catalog,
            @Reference PulledInbound inbound, @Reference TenantFiles files, @Reference SellerNotifier notifier, RfqFormConfig config) {
        this.notifier = notifier;
        this.store = store;
        this.urls = urls;
        this.forms = forms;
        this.standing = standing;
        this.capabilities = capabilities;
        this.context = context;
        this.catalog = catalog;
        this.inbound = inbound;
        this.files = files;
        this.config = config;
        // one sender for the customers' copies: a slow SMTP server never holds up the customer's thank-you page
        this.mailer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "offerbridge-rfq-form-mail");
            t.setDaemon(true);
            return t;
        });
    }

    @Modified
    void modified(RfqFormConfig config) {
        this.config = config;
    }

    @Deactivate
    void deactivate() {
        mailer.shutdownNow();
    }

    /** The form a token opens, if it is on and its workspace may use it now. */
    Optional<Open> open(String token) {
        Optional<String> tenant = store.tenantOfToken(token);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> plan = standing.activePlan(tenant.get());
        if (plan.isEmpty() || !capabilities.isInstalled(CAPABILITY) || !capabilities.planIncludes(plan.get(), CAPABILITY)) {
            return Optional.empty();
        }
        return store.tx().callAs(tenant.get(), em -> {
            FormEntity f = em.find(FormEntity.class, tenant.get());
            if (f == null || !f.enabled || !f.formToken.equals(token)) {
                return Optional.<Open>empty();
            }
            return Optional.of(new Open(tenant.get(), plan.get(), f.formToken, FormStore.values(f), store.key(f), f.channelId));
        });
    }

    /** The form's public address. */
    String formUrl(Open form) {
        return urls.of(form.formToken());
    }

    /** All files of one post: the file store's per-message limit, and what the gateway takes from an anonymous caller. */
    long maxFilesBytes(Open form) {
        return Math.min(limits(form).perMessageBytes(), urls.maxFilesBytes());
    }

    /** The limits of a post's files. */
    FileLimits limits(Open form) {
        return as(form, Role.VIEWER, files::limits);
    }

    /**
     * The page of a form: the products it offers (only {@code sku}'s when it names one the form offers, with a link to all),
     * a fresh signed token, and what a refused post typed and got wrong.
     */
    String page(Open form, Locale locale, String sku, FormPage.Notice notice) {
        Texts t = Texts.of(locale);
        List<FormPage.Shown> shown = new ArrayList<>();
        boolean more;
        String allLink = null;
        Optional<Product> chosen = sku == null || sku.isBlank() ? Optional.empty() : offered(form, sku.strip());
        if (chosen.isPresent()) {
            shown.add(new FormPage.Shown(chosen.get(), "1"));
            more = false;
            allLink = form.formToken() + "?lang=" + locale.getLanguage();
        } else {
            List<Product> products = products(form);
            more = products.size() > MAX_SHOWN;
            products.stream().limit(MAX_SHOWN).forEach(p -> shown.add(new FormPage.Shown(p, null)));
        }
        FormValues v = form.values();
        return FormPage.form(new FormPage.View(t, form.formToken(), form.tokens().issue(form.formToken(), clock.instant()), v.customerText(),
                v.requiredFields(), shown, more, allLink, maxFilesBytes(form), notice));
    }

    /** The products the form offers, at most one more than it shows (to know there are more). */
    List<Product> products(Open form) {
        List<String> skus = form.values().products();
        return as(form, Role.VIEWER, () -> {
            if (skus == null) {
                return catalog.search(null, Boolean.TRUE, null, MAX_SHOWN + 1);
            }
            List<Product> out = new ArrayList<>();
            for (String s : skus) {
                catalog.bySku(s).filter(Product::active).ifPresent(out::add);
                if (out.size() > MAX_SHOWN) {
                    break;
                }
            }
            return out;
        });
    }

    private Optional<Product> offered(Open form, String sku) {
        if (form.values().products() != null && form.values().products().stream().noneMatch(s -> s.equalsIgnoreCase(sku))) {
            return Optional.empty();
        }
        return as(form, Role.VIEWER, () -> catalog.bySku(sku)).filter(Product::active);
    }

    /**
     * Takes a submission. {@code browser} posts must carry the form token; a script's JSON may (then it is checked the
     * same way). {@code website} is the honeypot.
     */
    Result submit(Open form, SubmissionRules.Input in, List<Upload> uploads, Locale language, boolean browser, String formToken,
            String website) {
        RfqFormConfig c = config;
        if (website != null && !website.isBlank()) {
            LOG.info("A request-for-quote form post filled the honeypot and was refused");
            return Result.refused(Refusal.HONEYPOT);
        }
        if (browser || formToken != null) {
            FormTokens.Check check = form.tokens().check(formToken, form.formToken(), clock.instant(),
                    Duration.ofSeconds(Math.max(0, c.minFillSeconds())), Duration.ofHours(Math.max(1, c.maxFormAgeHours())));
            switch (check) {
                case OK -> {
                }
                case TOO_FAST -> {
                    return Result.refused(Refusal.TOO_FAST);
                }
                case EXPIRED -> {
                    return Result.refused(Refusal.EXPIRED);
                }
                default -> {
                    return Result.refused(Refusal.TOKEN);
                }
            }
        }
        List<SubmissionRules.FieldError> fileErrors = fileErrors(form, uploads);
        FormValues v = form.values();
        SubmissionRules.Outcome outcome = as(form, Role.VIEWER, () -> SubmissionRules.check(in, v.requiredFields(),
                sku -> v.products() == null || v.products().stream().anyMatch(s -> s.equalsIgnoreCase(sku)), catalog::bySku,
                !uploads.isEmpty()));
        if (!fileErrors.isEmpty() || !outcome.errors().isEmpty()) {
            List<SubmissionRules.FieldError> all = new ArrayList<>(outcome.errors());
            all.addAll(fileErrors);
            return new Result(null, null, List.copyOf(all), null);
        }
        SubmissionRules.Checked s = outcome.checked();
        List<String> fileNames = uploads.stream().map(Upload::name).toList();
        String reference = reference();
        String body = FormStore.json(summary(reference, s, fileNames, language));
        Instant now = clock.instant();
        String day = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        int cap = Math.max(0, c.dailyCap());
        Boolean tell = WriteConflicts.retrying(3, () -> store.tx().callAs(form.tenantId(), em -> {
            long today = em.createQuery("select count(s) from SubmissionEntity s where s.day = :d", Long.class).setParameter("d", day)
                    .getSingleResult();
            if (today >= cap) {
                FormEntity f = em.find(FormEntity.class, form.tenantId());
                boolean first = f != null && !day.equals(f.capToldDay);
                if (first) {
                    f.capToldDay = day;
                    em.flush();
                }
                return first;
            }
            SubmissionEntity e = new SubmissionEntity();
            e.reference = reference;
            e.createdAt = now.toEpochMilli();
            e.day = day;
            e.channelId = form.channelId();
            e.language = language.getLanguage();
            e.name = s.name();
            e.email = s.email();
            e.body = body;
            em.persist(e);
            return null;
        }));
        if (tell != null) {
            if (tell) {
                report(form.tenantId(), SystemMessageLog.Severity.WARNING, "The request-for-quote form reached its daily limit of " + cap
                        + " submissions (UTC day " + day + "); it refuses further submissions until the next day. The limit is dailyCap in "
                        + "etc/" + RfqFormConfig.PID + ".cfg.");
            }
            LOG.info("A request-for-quote form is over its daily limit; a submission was refused");
            return Result.refused(Refusal.CAP);
        }
        String messageId = deliver(form, reference, s, uploads, body, now);
        if (v.notifySeller()) {
            notifySeller(form, reference, messageId, s, uploads, language, now, c.notifyAttachMaxBytes());
        }
        if (s.email() != null) {
            confirm(form.tenantId(), language, new ConfirmationMail.Copy(reference, s.email(), s, fileNames));
        }
        return new Result(reference, s, List.of(), null);
    }

    /**
     * Queues the seller's notification of a committed submission: its files attached up to {@code attachMax} bytes in
     * all, and a link to its message in the admin UI, which opens the request it made once it is processed.
     */
    private void notifySeller(Open form, String reference, String messageId, SubmissionRules.Checked s, List<Upload> uploads,
            Locale language, Instant now, long attachMax) {
        Rfq rfq = rfq(reference, s, uploads, language, now);
        List<SellerMail.Attachment> attached = rfq.filesBytes() <= attachMax
                ? uploads.stream().map(u -> new SellerMail.Attachment(u.name(), u.contentType(), u.bytes())).toList() : List.of();
        notifier.notifyLater(form.tenantId(), form.planId(), form.values().recipients(),
                new SellerMail.Notice(rfq, urls.adminView(messageId == null ? "requests" : "conversations/message/" + messageId), attached,
                        List.of()));
    }

    /** A submission as the seller's notification shows it. */
    static Rfq rfq(String reference, SubmissionRules.Checked s, List<Upload> uploads, Locale language, Instant now) {
        List<Rfq.Item> items = s.lines().stream()
                .map(l -> new Rfq.Item(l.product().sku(), l.product().name(), l.quantity(), l.product().unit(), l.options())).toList();
        List<Rfq.FileInfo> files = uploads.stream().map(u -> new Rfq.FileInfo(u.name(), u.contentType(), u.bytes().length)).toList();
        return new Rfq(reference, now, language.getLanguage(), new Rfq.Contact(s.name(), s.email(), s.phone(), s.company()), items, s.message(),
                files);
    }

    /** Files over the per-file or per-form limit: a problem naming {@code files}. */
    private List<SubmissionRules.FieldError> fileErrors(Open form, List<Upload> uploads) {
        if (uploads.isEmpty()) {
            return List.of();
        }
        FileLimits limits = limits(form);
        long total = uploads.stream().mapToLong(u -> u.bytes().length).sum();
        long max = maxFilesBytes(form);
        boolean tooLarge = total > max || uploads.stream().anyMatch(u -> u.bytes().length > limits.perFileBytes());
        return tooLarge ? List.of(new SubmissionRules.FieldError("files", "error.files", FormPage.size(max, Locale.ENGLISH),
                "The files are larger than the form takes (" + max + " bytes in all)")) : List.of();
    }

    /** The submission as a message of the workspace's webform channel, made again if staff deleted it. */
    /** Stores the submission as the webform channel's message; answers its id. */
    private String deliver(Open form, String reference, SubmissionRules.Checked s, List<Upload> uploads, String raw, Instant now) {
        String threadKey = s.email() != null ? "email:" + s.email() : s.phone() != null ? "phone:" + s.phone().replaceAll("[^0-9+]", "")
                : "ref:" + reference;
        List<InboundFile> inboundFiles = uploads.stream().map(u -> InboundFile.inline(u.name(), u.contentType(), u.bytes())).toList();
        InboundMessage m = new InboundMessage(reference, threadKey, new Conversation.Contact(s.name(), null, s.phone(), s.email()),
                staffText(reference, s, uploads), List.of(), now, false, List.of(), "Request for quote " + reference, inboundFiles,
                s.message() == null ? "" : s.message(), s.items());
        InboundBatch batch = new InboundBatch(List.of(m), List.of());
        String channelId = form.channelId();
        List<PulledInbound.Delivered> stored;
        try {
            if (channelId == null) {
                throw new IllegalStateException("no webform channel yet");
            }
            stored = inbound.deliverEach(form.tenantId(), channelId, batch, raw);
        } catch (IllegalStateException e) {
            // staff deleted the channel since the form was enabled: the form makes it again, as enabling does
            String made = as(form, Role.ADMIN, () -> forms.ensureChannel(form.tenantId(), channelId));
            stored = inbound.deliverEach(form.tenantId(), made, batch, raw);
        }
        return stored.isEmpty() ? null : stored.get(0).messageId();
    }

    /** What staff read in Conversations: the customer's message, then the products and details they chose. */
    static String staffText(String reference, SubmissionRules.Checked s, List<Upload> uploads) {
        StringBuilder b = new StringBuilder();
        if (s.message() != null) {
            b.append(s.message()).append("\n\n");
        }
        b.append("Request for quote ").append(reference).append(" (web form)");
        if (!s.lines().isEmpty()) {
            b.append("\nProducts:");
            for (SubmissionRules.Line l : s.lines()) {
                b.append("\n- ").append(ConfirmationMail.quantity(l.quantity())).append(" × ").append(l.product().name()).append(" (")
                        .append(l.product().sku()).append(')');
                l.options().forEach((k, val) -> b.append(", ").append(k).append(": ").append(val));
            }
        }
        if (s.company() != null) {
            b.append("\nCompany: ").append(s.company());
        }
        if (!uploads.isEmpty()) {
            b.append("\nFiles: ").append(String.join(", ", uploads.stream().map(Upload::name).toList()));
        }
        return b.toString();
    }

    /** The stored copy of a submission, for the seller's notification (a later part). */
    static Map<String, Object> summary(String reference, SubmissionRules.Checked s, List<String> files, Locale language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", reference);
        m.put("language", language.getLanguage());
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", s.name());
        contact.put("email", s.email());
        contact.put("phone", s.phone());
        contact.put("company", s.company());
        m.put("contact", contact);
        m.put("message", s.message());
        List<Map<String, Object>> items = new ArrayList<>();
        for (SubmissionRules.Line l : s.lines()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("sku", l.product().sku());
            i.put("name", l.product().name());
            i.put("quantity", l.quantity());
            i.put("options", l.options());
            items.add(i);
        }
        m.put("items", items);
        m.put("files", files);
        return m;
    }

    private void confirm(String tenantId, Locale language, ConfirmationMail.Copy copy) {
        try {
            mailer.execute(() -> sendCopy(tenantId, language, copy));
        } catch (RejectedExecutionException e) {
            LOG.warn("The confirmation of a request-for-quote form submission was not sent: the form is stopping");
        }
    }

    void sendCopy(String tenantId, Locale language, ConfirmationMail.Copy copy) {
        MailTransport t = mail;
        if (t == null) {
            report(tenantId, SystemMessageLog.Severity.WARNING, "The confirmation email of request " + copy.reference()
                    + " was not sent: sending email is not installed on this server.");
            return;
        }
        Texts texts = Texts.of(language);
        try {
            t.sendAsWorkspace(tenantId, (session, sender) -> ConfirmationMail.compose(session, sender, texts, copy));
        } catch (MailSendException e) {
            String why = e.failure() == MailSendException.Failure.NOT_SET_UP
                    ? "the workspace has no email settings (Settings → Email)" : e.getMessage();
            report(tenantId, SystemMessageLog.Severity.WARNING, "The confirmation email of request " + copy.reference()
                    + " to the customer was not sent: " + why);
        } catch (RuntimeException e) {
            LOG.warn("The confirmation of request {} was not sent: {}", copy.reference(), e.getClass().getSimpleName());
            report(tenantId, SystemMessageLog.Severity.WARNING, "The confirmation email of request " + copy.reference()
                    + " to the customer was not sent: an unexpected error (see the server log).");
        }
    }

    private void report(String tenantId, SystemMessageLog.Severity severity, String text) {
        SystemMessageLog log = messages;
        if (log == null) {
            LOG.warn("No system messages installed; for workspace {}: {}", tenantId, text);
            return;
        }
        try {
            log.report(tenantId, severity, SOURCE, text);
        } catch (RuntimeException e) {
            LOG.warn("Could not record a system message for workspace {}: {}", tenantId, e.getClass().getSimpleName());
        }
    }

    /** Work for the form's workspace as the form itself, under the plan it has now. */
    private <T> T as(Open form, Role role, Supplier<T> work) {
        return context.runAs(new TenantPrincipal(form.tenantId(), null, SOURCE, role, form.planId()), work);
    }

    /** A reference the customer can read out on the phone: RFQ-XXXX-XXXX (about 40 bits). */
    static String reference() {
        StringBuilder b = new StringBuilder("RFQ-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return b.toString();
    }
}
