package org.offerbridge.channels.meta.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.offerbridge.channels.spi.FormData;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.HandshakeAnswer;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.MediaDownload;
import org.offerbridge.channels.spi.OutboundFile;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The WhatsApp Cloud API kind: one business phone number. Connecting reads the number with the access token; inbound
 * calls are Meta's handshake and signed notifications; replies go to {@code POST /{phone-number-id}/messages} as text
 * while the 24-hour customer-service window is open, and as the channel's template (if it has one) once it closed.
 * Files (a quote's PDF) are uploaded to {@code /media} and sent as documents within the window; the template's body
 * parameters are the message's template parameters (for a quote: the customer's name, the quote's number, the link).
 */
@Component(service = ChannelKind.class, configurationPid = MetaConfig.PID)
@Designate(ocd = MetaConfig.class)
public class WhatsAppKind implements ChannelKind {
    public static final String ID = "whatsapp";
    static final String PHONE_NUMBER_ID = "phoneNumberId";
    static final String ACCESS_TOKEN = "accessToken";
    static final String APP_SECRET = "appSecret";
    static final String VERIFY_TOKEN = "verifyToken";
    static final String TEMPLATE_NAME = "templateName";
    static final String TEMPLATE_LANGUAGE = "templateLanguage";
    static final int MAX_TEXT = 4096;
    static final String WINDOW_CLOSED = "The 24-hour WhatsApp customer-service window is closed (the customer last wrote more than"
            + " 24 hours ago): a template message is needed. Set the channel's templateName and templateLanguage to an approved template";

    private final GraphClient graph;
    private final String base;
    private final Clock clock;

    @Activate
    public WhatsAppKind(@Reference OutboundAddressPolicy policy, MetaConfig config) {
        this(new GraphClient(policy, config.timeoutSeconds()), config.graphBaseUrl(), Clock.systemUTC());
    }

    WhatsAppKind(GraphClient graph, String base, Clock clock) {
        this.graph = graph;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
        MetaSettings s = MetaSettings.merge(given, current, Set.of(PHONE_NUMBER_ID, TEMPLATE_NAME, TEMPLATE_LANGUAGE),
                Set.of(ACCESS_TOKEN, APP_SECRET, VERIFY_TOKEN));
        s.requiredId(PHONE_NUMBER_ID);
        s.requireSecret(ACCESS_TOKEN);
        s.requireSecret(APP_SECRET);
        s.requireSecret(VERIFY_TOKEN);
        String template = s.values.get(TEMPLATE_NAME);
        if (template != null && !template.matches("[a-z0-9_]{1,512}")) {
            throw FieldRules.invalid("settings." + TEMPLATE_NAME, "settings.templateName must be a template name as Meta spells it"
                    + " (lower-case letters, digits and underscores)", "field.oneOf", "settings." + TEMPLATE_NAME, "a-z 0-9 _");
        }
        String language = s.values.get(TEMPLATE_LANGUAGE);
        if (language != null) {
            // Meta's codes are language tags with an underscore: en, en_US, pt_BR
            s.values.put(TEMPLATE_LANGUAGE, FieldRules.languageTag("settings." + TEMPLATE_LANGUAGE, language.replace('_', '-')).replace('-', '_'));
        }
        if (template != null && language == null) {
            FieldRules.required("settings." + TEMPLATE_LANGUAGE, null);
        }
        return new PreparedSettings(s.values, s.secrets, Map.of());
    }

    @Override
    public String accountKey(ChannelSettings settings) {
        return settings.value(PHONE_NUMBER_ID);
    }

    @Override
    public Connection connect(ChannelSettings settings, URI inboundUrl) {
        String url = base + "/" + enc(settings.value(PHONE_NUMBER_ID)) + "?fields=display_phone_number,verified_name";
        try {
            GraphClient.Answer a = graph.get(url, settings.secret(ACCESS_TOKEN));
            return a.ok() ? Connection.ok()
                    : Connection.needsAttention("WhatsApp refused to show the phone number with this access token: " + a.errorMessage());
        } catch (GraphClient.Unreachable e) {
            return Connection.needsAttention("WhatsApp could not be checked: " + e.getMessage());
        }
    }

    @Override
    public Optional<HandshakeAnswer> handshake(InboundCall call, ChannelSettings settings) {
        return MetaWebhooks.handshake(call, settings.secret(VERIFY_TOKEN));
    }

    @Override
    public boolean verify(InboundCall call, ChannelSettings settings) {
        return MetaWebhooks.verify(call, settings.secret(APP_SECRET));
    }

    @Override
    public InboundBatch parse(InboundCall call, ChannelSettings settings) {
        return WhatsAppPayload.read(call.body(), settings.value(PHONE_NUMBER_ID));
    }

    @Override
    public Optional<String> cannotReply(ChannelSettings settings, Instant lastInboundAt) {
        return ReplyWindow.open(lastInboundAt, clock.instant()) || settings.value(TEMPLATE_NAME) != null ? Optional.empty()
                : Optional.of(WINDOW_CLOSED);
    }

    /**
     * Within the window: the text, and each file uploaded to {@code /media} then sent as a document (one file with a
     * text that fits is one document with the text as its caption). Outside it: the channel's template with the
     * message's template parameters (files are not sent: a template carries none). Meta does not keep the order of
     * several messages, so a text and its file(s) may arrive in either order.
     */
    @Override
    public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
        String messages = base + "/" + enc(settings.value(PHONE_NUMBER_ID)) + "/messages";
        String token = settings.secret(ACCESS_TOKEN);
        try {
            if (!ReplyWindow.open(message.lastInboundAt(), clock.instant())) {
                if (settings.value(TEMPLATE_NAME) == null) {
                    return SendOutcome.contactOnly(WINDOW_CLOSED);
                }
                return answer(graph.post(messages, token, WhatsAppOutbound.template(message.threadKey(), settings.value(TEMPLATE_NAME),
                        settings.value(TEMPLATE_LANGUAGE), message.templateParameters())));
            }
            if (message.text().length() > MAX_TEXT) {
                return SendOutcome.contactOnly("WhatsApp takes at most " + MAX_TEXT + " characters in one message");
            }
            List<OutboundFile> files = message.files();
            boolean captioned = files.size() == 1 && message.text().length() <= WhatsAppOutbound.MAX_CAPTION;
            SendOutcome last = null;
            if (!captioned && !message.text().isBlank()) {
                last = answer(graph.post(messages, token, WhatsAppOutbound.text(message.threadKey(), message.text())));
                if (!last.sent()) {
                    return last;
                }
            }
            for (OutboundFile f : files) {
                GraphClient.Answer uploaded = graph.postForm(base + "/" + enc(settings.value(PHONE_NUMBER_ID)) + "/media", token,
                        new FormData().field("messaging_product", "whatsapp").field("type", f.contentType())
                                .file("file", f.name(), f.contentType(), f.bytes()).build());
                String mediaId = uploaded.body().path("id").asText("");
                if (!uploaded.ok() || mediaId.isEmpty()) {
                    return uploaded.ok() ? SendOutcome.retry("WhatsApp accepted the upload of " + f.name() + " without a media id")
                            : MetaErrors.failure("WhatsApp", uploaded, WINDOW_CLOSED);
                }
                last = answer(graph.post(messages, token, WhatsAppOutbound.document(message.threadKey(), mediaId,
                        FormData.safeName(f.name()), captioned ? message.text() : null)));
                if (!last.sent()) {
                    return last;
                }
            }
            return last != null ? last : SendOutcome.contactOnly("the message has neither text nor files");
        } catch (GraphClient.Unreachable e) {
            return e.heals ? SendOutcome.retry(e.getMessage()) : SendOutcome.permanent(e.getMessage());
        }
    }

    private static SendOutcome answer(GraphClient.Answer a) {
        String wamid = a.body().path("messages").path(0).path("id").asText("");
        // accepted even without an id: sending again could reach the customer twice
        return a.ok() ? SendOutcome.sent(wamid.isEmpty() ? null : wamid) : MetaErrors.failure("WhatsApp", a, WINDOW_CLOSED);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * An inbound media id: {@code GET /<media-id>?phone_number_id=<id>} for its short-lived URL, then that URL with the
     * same Bearer token. Media ids expire after 7 days (then the download fails for good).
     */
    @Override
    public MediaDownload download(String ref, ChannelSettings settings, long maxBytes) {
        String token = settings.secret(ACCESS_TOKEN);
        if (token == null || ref == null) {
            return MediaDownload.permanent("no access token or media id");
        }
        try {
            GraphClient.Answer meta = graph.get(base + "/" + enc(ref) + "?phone_number_id=" + enc(settings.value(PHONE_NUMBER_ID)), token);
            if (!meta.ok() || !meta.body().path("url").isTextual()) {
                String why = "the media lookup failed: " + meta.errorMessage();
                return meta.status() == 429 || meta.status() >= 500 ? MediaDownload.retry(why) : MediaDownload.permanent(why);
            }
            GraphClient.Download d = graph.download(meta.body().get("url").asText(), token, maxBytes);
            if (d.tooLarge()) {
                return MediaDownload.oversized();
            }
            if (d.bytes() == null) {
                // the URL expires after 5 minutes: a 404 is healed by asking for a new one on the next try
                return MediaDownload.retry("the media download answered HTTP " + d.status());
            }
            return MediaDownload.of(d.bytes(), null, meta.body().path("mime_type").asText(null));
        } catch (GraphClient.Unreachable e) {
            return e.heals ? MediaDownload.retry(e.getMessage()) : MediaDownload.permanent(e.getMessage());
        }
    }
}
