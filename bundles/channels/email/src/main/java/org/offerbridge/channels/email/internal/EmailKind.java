package org.offerbridge.channels.email.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.PulledInbound.PulledChannel;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.quotation.mail.api.MailComposer;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.offerbridge.quotation.mail.api.MailTransport;
import org.offerbridge.quotation.mail.api.Sender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.Folder;
import jakarta.mail.Store;

/**
 * The email kind: a mailbox the server reads over IMAP ({@link MailboxReader}), replies sent through the quotation mail
 * bundle's {@link MailTransport} — over the channel's own SMTP server when it names one, else the workspace's
 * ({@code /settings/email}) — threaded by Message-ID, In-Reply-To and References, with {@link ReplyTokens} as the
 * fallback. Its inbound is the mailbox, NOT an HTTP call: the channel's inbound URL exists like every channel's, but
 * {@link #verify} refuses every call to it (401), so nothing can be posted into an email channel.
 *
 * <p>The transport is an optional, dynamic reference: without it (quotations' mail part stopped or not installed) the
 * mailbox is still read, and the channel's status and every reply say why replies cannot be sent.
 */
@Component(service = {ChannelKind.class, EmailKind.class})
public class EmailKind implements ChannelKind {
    public static final String ID = "email";
    static final String NO_SMTP = "reply.noSmtp";
    static final String NO_TRANSPORT = "reply.noTransport";
    private static final Logger LOG = LoggerFactory.getLogger(EmailKind.class);

    private final OutboundAddressPolicy policy;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile MailTransport transport;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile WorkspaceSettings workspace;

    @Activate
    public EmailKind(@Reference OutboundAddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
        return EmailSettings.prepare(given, current);
    }

    @Override
    public String accountKey(ChannelSettings settings) {
        return EmailSettings.of(settings).mailbox();
    }

    /**
     * Logs in to IMAP and opens the folder, as the reader will; then says whether replies can be sent. A channel made
     * before reply tokens gets its key here.
     */
    @Override
    public Connection connect(ChannelSettings settings, URI inboundUrl) {
        EmailSettings s = EmailSettings.of(settings);
        Map<String, String> newSecrets = s.replyKey() == null ? Map.of(EmailSettings.REPLY_KEY, EmailSettings.newReplyKey()) : Map.of();
        try {
            policy.checkHost(s.imapHost(), s.imapPort());
            if (s.hasSmtp()) {
                policy.checkHost(s.smtpHost(), s.smtpPort());
            }
        } catch (RefusedAddressException e) {
            return new Connection(false, "The mail server may not be reached: " + e.getMessage(), newSecrets);
        }
        try {
            Connection read = MailSessions.withMailLoader(() -> {
                try (Store store = MailSessions.openStore(s)) {
                    Folder folder = store.getFolder(s.folder());
                    if (!folder.exists()) {
                        return Connection.needsAttention("The mailbox has no folder " + s.folder());
                    }
                    folder.open(Folder.READ_ONLY);
                    folder.close(false);
                    return Connection.ok();
                }
            });
            if (!read.connected()) {
                return new Connection(false, read.reason(), newSecrets);
            }
        } catch (Exception e) {
            return new Connection(false, "Connecting to the mailbox failed: "
                    + MailSessions.reason("IMAP", s.imapHost(), s.imapPort(), e, s.password()), newSecrets);
        }
        Optional<String> cannot = replyProblem(s, settings.tenantId()).map(this::text);
        return new Connection(cannot.isEmpty(), cannot.orElse(null), newSecrets);
    }

    /** Refuses every call: this kind's inbound is the mailbox, not its inbound URL. */
    @Override
    public boolean verify(InboundCall call, ChannelSettings settings) {
        return false;
    }

    @Override
    public InboundBatch parse(InboundCall call, ChannelSettings settings) {
        throw new IllegalArgumentException("An email channel takes no inbound calls");
    }

    @Override
    public Optional<String> cannotReply(ChannelSettings settings) {
        return replyProblem(EmailSettings.of(settings), settings.tenantId()).map(this::text);
    }

    /**
     * What a channel's status should be after its mailbox was read: connected, or needing attention because replies
     * cannot be sent; empty when it already says so (in whichever language it was written).
     */
    Optional<Connection> statusAfterRead(PulledChannel c) {
        Optional<String> problem = replyProblem(EmailSettings.of(c.settings()), c.tenantId());
        if (problem.isEmpty()) {
            return Channel.CONNECTED.equals(c.status()) ? Optional.empty() : Optional.of(Connection.ok());
        }
        if (Channel.NEEDS_ATTENTION.equals(c.status()) && EmailTexts.isAny(problem.get(), c.statusReason())) {
            return Optional.empty();
        }
        return Optional.of(Connection.needsAttention(text(problem.get())));
    }

    /** Whether a channel needing attention for this reason is still read: replies missing do not stop reading. */
    static boolean readsDespite(String reason) {
        return EmailTexts.isAny(NO_SMTP, reason) || EmailTexts.isAny(NO_TRANSPORT, reason);
    }

    /** The key of the text saying why replies cannot be sent, or empty when they can. */
    private Optional<String> replyProblem(EmailSettings s, String tenantId) {
        MailTransport t = transport;
        if (t == null) {
            return Optional.of(NO_TRANSPORT);
        }
        if (s.hasSmtp() || tenantId == null) {
            return Optional.empty();
        }
        try {
            return t.workspaceSender(tenantId).isPresent() ? Optional.empty() : Optional.of(NO_SMTP);
        } catch (RuntimeException e) {
            LOG.warn("Reading the SMTP settings of workspace {} failed: {}", tenantId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** In the bound workspace's language; English where none is bound (the mailbox readers). */
    private String text(String key) {
        Locale locale = Locale.ENGLISH;
        WorkspaceSettings w = workspace;
        try {
            String tag = w == null ? null : w.profile().locale();
            locale = tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
        } catch (RuntimeException e) {
            // no workspace bound: English
        }
        return EmailTexts.get(locale, key);
    }

    @Override
    public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
        EmailSettings s = EmailSettings.of(settings);
        if (message.contact() == null || message.contact().email() == null) {
            return SendOutcome.permanent("the conversation has no email address to answer");
        }
        MailTransport t = transport;
        if (t == null) {
            return SendOutcome.retry("the server's mail sender (the email part of quotations) is not running");
        }
        Optional<ReplyTokens> tokens = ReplyTokens.of(s);
        String token = tokens.map(k -> k.token(message.messageId())).orElse(null);
        try {
            if (s.hasSmtp()) {
                return SendOutcome.sent(t.send(s.smtpServer(), new Sender(s.fromAddress(), null, null), composer(s, message, token)));
            }
            Optional<String> tenant = Optional.ofNullable(settings.tenantId());
            if (tenant.isEmpty()) {
                return SendOutcome.permanent("the channel's workspace is not known");
            }
            return SendOutcome.sent(t.sendAsWorkspace(tenant.get(), composer(s, message, token)));
        } catch (MailSendException e) {
            LOG.warn("Sending reply {} failed: {}", message.messageId(), e.failure());
            return e.failure() == MailSendException.Failure.TRANSIENT ? SendOutcome.retry(e.getMessage()) : SendOutcome.permanent(e.getMessage());
        }
    }

    /**
     * The reply as the sender the transport sends as: Reply-To the channel's mailbox (with the token where the channel
     * uses them), so answers come back to the mailbox the channel reads even when the workspace's server sends.
     */
    static MailComposer composer(EmailSettings s, OutboundMessage message, String token) {
        return (session, from) -> {
            String mailbox = s.replyAddress() != null ? s.replyAddress() : from.replyTo() != null ? from.replyTo() : from.address();
            String replyTo = token != null && s.replyTokens() ? ReplyTokens.address(mailbox, token).orElse(mailbox) : mailbox;
            String id = token != null ? ReplyTokens.messageId(token, mailbox) : OutboundMail.messageId(message.messageId(), mailbox);
            return OutboundMail.compose(session, message, from, replyTo, id);
        };
    }
}
