package org.offerbridge.channels.telegram.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;

import org.offerbridge.channels.spi.FormData;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.Connection;
import org.offerbridge.channels.spi.InboundBatch;
import org.offerbridge.channels.spi.InboundCall;
import org.offerbridge.channels.spi.MediaDownload;
import org.offerbridge.channels.spi.MergedSettings;
import org.offerbridge.channels.spi.OutboundFile;
import org.offerbridge.channels.spi.OutboundMessage;
import org.offerbridge.channels.spi.PreparedSettings;
import org.offerbridge.channels.spi.SendOutcome;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Telegram bot. The only setting is the secret {@code botToken} from @BotFather; the bot's id (before the colon) is
 * the provider account. Connecting checks the token with {@code getMe} and registers the inbound URL with
 * {@code setWebhook} and a secret token we draw, which Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}
 * on every update (no HMAC: the header is the proof, compared in constant time). Replies go out with
 * {@code sendMessage} to the conversation's chat, files with {@code sendDocument}; deleting the channel calls
 * {@code deleteWebhook}.
 */
@Component(service = ChannelKind.class, configurationPid = TelegramConfig.PID)
@Designate(ocd = TelegramConfig.class)
public class TelegramKind implements ChannelKind {
    public static final String ID = "telegram";
    static final String BOT_TOKEN = "botToken";
    /** Our webhook secret token: drawn by us, stored encrypted, never shown (nobody but Telegram needs it). */
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** The updates Updates reads; Telegram sends no others, and any other is answered 200 and dropped anyway. */
    static final String[] ALLOWED_UPDATES = {"message", "edited_message"};
    /** Bot tokens are {@code <bot id>:<35 characters>}; the bounds leave room for a changed format. */
    private static final Pattern TOKEN = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{20,200}");
    private static final String THREAD_PREFIX = "chat:";
    /** A document's caption is 0-1024 characters. */
    static final int MAX_CAPTION = 1024;

    private final OutboundAddressPolicy policy;
    private volatile BotApi api;

    @Activate
    public TelegramKind(@Reference OutboundAddressPolicy policy, TelegramConfig config) {
        this.policy = policy;
        modified(config);
    }

    TelegramKind(BotApi api) {
        this.policy = null;
        this.api = api;
    }

    @Modified
    void modified(TelegramConfig config) {
        api = new BotApi(policy, config.apiBaseUrl(), config.connectTimeoutSeconds(), config.requestTimeoutSeconds());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PreparedSettings settings(Map<String, Object> given, ChannelSettings current) {
        MergedSettings merged = MergedSettings.over(given, current, Set.of(), Set.of(BOT_TOKEN));
        String token = given.containsKey(BOT_TOKEN) ? token(merged.secret(BOT_TOKEN)) : current.secret(BOT_TOKEN);
        if (token == null) {
            throw FieldRules.invalid("settings.botToken", "settings.botToken is required: the token @BotFather gave for the bot",
                    "field.required", "settings.botToken");
        }
        String secret = current.secret(WEBHOOK_SECRET);
        String before = current.secret(BOT_TOKEN);
        if (before != null && !botId(before).equals(botId(token))) {
            // another bot: the old one may still post to our URL with the old secret, and its chats are not this bot's
            secret = null;
        }
        Map<String, String> secrets = new HashMap<>();
        secrets.put(BOT_TOKEN, token);
        // 32 random bytes, base64url: within setWebhook's 1-256 characters of A-Z, a-z, 0-9, _ and -
        secrets.put(WEBHOOK_SECRET, secret != null ? secret : SecretTokens.random(32));
        return new PreparedSettings(Map.of(), secrets, Map.of());
    }

    private static String token(String value) {
        String t = value == null ? null : value.strip();
        if (t == null || t.isEmpty()) {
            throw FieldRules.invalid("settings.botToken", "settings.botToken is required: the token @BotFather gave for the bot",
                    "field.required", "settings.botToken");
        }
        if (!TOKEN.matcher(t).matches()) {
            // never echo the value: it is a secret even when mistyped
            throw FieldRules.invalid("settings.botToken", "settings.botToken is not a bot token such as 123456789:AAH…, as @BotFather gives it",
                    "channels.telegramToken", "settings.botToken");
        }
        return t;
    }

    @Override
    public String accountKey(ChannelSettings settings) {
        String token = settings.secret(BOT_TOKEN);
        return token == null ? null : botId(token);
    }

    private static String botId(String token) {
        return token.substring(0, token.indexOf(':'));
    }

    @Override
    public Connection connect(ChannelSettings settings, URI inboundUrl) {
        String token = settings.secret(BOT_TOKEN);
        if (token == null) {
            return Connection.needsAttention("The channel has no bot token");
        }
        BotApi bot = api;
        try {
            BotApi.Answer me = bot.call(token, "getMe", BotApi.params());
            if (!me.ok()) {
                return Connection.needsAttention(me.status() == 401 || me.status() == 404
                        ? "Telegram refused the bot token (" + me.description() + "): copy it again from @BotFather"
                        : "Telegram answered getMe with: " + me.description());
            }
            String botId = me.result() == null ? null : me.result().path("id").asText(null);
            if (botId != null && !botId.equals(accountKey(settings))) {
                return Connection.needsAttention("Telegram says this token belongs to another bot than its number says");
            }
            Map<String, String> drawn = new HashMap<>();
            String secret = settings.secret(WEBHOOK_SECRET);
            if (secret == null) {
                secret = SecretTokens.random(32);
                drawn.put(WEBHOOK_SECRET, secret);
            }
            ObjectNode hook = BotApi.params();
            hook.put("url", inboundUrl.toString());
            hook.put("secret_token", secret);
            hook.putArray("allowed_updates").add(ALLOWED_UPDATES[0]).add(ALLOWED_UPDATES[1]);
            // updates sent while the bot was not connected here are still wanted: they are customers' messages
            hook.put("drop_pending_updates", false);
            BotApi.Answer set = bot.call(token, "setWebhook", hook);
            if (!set.ok()) {
                return Connection.needsAttention("Telegram refused the webhook (" + set.description() + ")");
            }
            return new Connection(true, null, drawn);
        } catch (BotApi.Unreachable e) {
            return Connection.needsAttention("Telegram could not be asked: " + e.getMessage());
        }
    }

    @Override
    public boolean verify(InboundCall call, ChannelSettings settings) {
        return SecretTokens.constantTimeEquals(call.header(SECRET_HEADER), settings.secret(WEBHOOK_SECRET));
    }

    @Override
    public InboundBatch parse(InboundCall call, ChannelSettings settings) {
        return Updates.read(call.body(), call.receivedAt());
    }

    @Override
    public Optional<String> cannotReply(ChannelSettings settings) {
        return settings.secret(BOT_TOKEN) == null ? Optional.of("This Telegram channel has no bot token") : Optional.empty();
    }

    /**
     * Sends the text with {@code sendMessage} and each file with {@code sendDocument} (multipart: {@code chat_id},
     * {@code document}, {@code caption}); one file with a text that fits is one document with the text as its caption.
     * Telegram has no idempotency key, so a retry after a lost answer may show the text twice; only answers that say
     * nothing was sent (429, 5xx, no connection) are retried.
     */
    @Override
    public SendOutcome send(OutboundMessage message, ChannelSettings settings) {
        String token = settings.secret(BOT_TOKEN);
        String key = message.threadKey();
        if (token == null) {
            return SendOutcome.permanent("the channel has no bot token");
        }
        if (key == null || !key.startsWith(THREAD_PREFIX) || !key.substring(THREAD_PREFIX.length()).matches("-?[0-9]{1,20}")) {
            return SendOutcome.contactOnly("the conversation has no Telegram chat");
        }
        String chatId = key.substring(THREAD_PREFIX.length());
        List<OutboundFile> files = message.files();
        boolean captioned = files.size() == 1 && message.text().length() <= MAX_CAPTION;
        try {
            SendOutcome last = null;
            if (!captioned && !message.text().isBlank()) {
                ObjectNode params = BotApi.params();
                params.put("chat_id", Long.parseLong(chatId));
                params.put("text", message.text());
                last = outcome(api.call(token, "sendMessage", params), chatId);
                if (!last.sent()) {
                    return last;
                }
            }
            for (OutboundFile f : files) {
                FormData form = new FormData().field("chat_id", chatId).file("document", f.name(), f.contentType(), f.bytes());
                if (captioned) {
                    form.field("caption", message.text());
                }
                last = outcome(api.callForm(token, "sendDocument", form.build()), chatId);
                if (!last.sent()) {
                    return last;
                }
            }
            return last != null ? last : SendOutcome.contactOnly("the message has neither text nor files");
        } catch (BotApi.Unreachable e) {
            return e.heals ? SendOutcome.retry(e.getMessage()) : SendOutcome.permanent(e.getMessage());
        }
    }

    /** Stops Telegram calling the deleted channel's URL: {@code deleteWebhook}, keeping updates not yet delivered. */
    @Override
    public void disconnect(ChannelSettings settings) {
        String token = settings.secret(BOT_TOKEN);
        if (token == null) {
            return;
        }
        ObjectNode params = BotApi.params();
        params.put("drop_pending_updates", false);
        try {
            BotApi.Answer a = api.call(token, "deleteWebhook", params);
            if (!a.ok()) {
                throw new IllegalStateException("Telegram refused deleteWebhook: " + a.description());
            }
        } catch (BotApi.Unreachable e) {
            throw new IllegalStateException("Telegram could not be asked to delete the webhook: " + e.getMessage());
        }
    }

    /**
     * Telegram's answer to a send: 429 and 5xx may heal; 401 (the token) breaks the channel; 403 (the user blocked the bot,
     * was deactivated, or never started it) and "chat not found" concern this contact only; other refusals will not heal.
     */
    static SendOutcome outcome(BotApi.Answer a, String chatId) {
        if (a.ok()) {
            JsonNode id = a.result() == null ? null : a.result().get("message_id");
            return SendOutcome.sent(id == null ? null : chatId + ":" + id.asText());
        }
        int status = a.status();
        if (status == 429) {
            return SendOutcome.retry("Telegram asks to wait" + (a.retryAfter() == null ? "" : " " + a.retryAfter() + " s") + " (" + a.description() + ")");
        }
        if (status >= 500) {
            return SendOutcome.retry("Telegram answered HTTP " + status + " (" + a.description() + ")");
        }
        if (status == 401) {
            return SendOutcome.permanent("Telegram refused the bot token (" + a.description() + "): it was revoked or changed; set a new one");
        }
        if (status == 403 || a.description().toLowerCase(java.util.Locale.ROOT).contains("chat not found")) {
            return SendOutcome.contactOnly("Telegram cannot deliver to this contact (" + a.description() + ")");
        }
        return SendOutcome.permanent("Telegram refused the message (" + a.description() + ")");
    }

    /** A document or photo by its {@code file_id}: {@code getFile}, then the file download (the Bot API serves up to 20 MB). */
    @Override
    public MediaDownload download(String ref, ChannelSettings settings, long maxBytes) {
        String token = settings.secret(BOT_TOKEN);
        if (token == null || ref == null) {
            return MediaDownload.permanent("no bot token or file id");
        }
        BotApi.FileBytes f = api.file(token, ref, maxBytes);
        if (f.bytes() != null) {
            return MediaDownload.of(f.bytes(), null, null);
        }
        if (f.tooLarge()) {
            return MediaDownload.oversized();
        }
        return f.heals() ? MediaDownload.retry(f.failure()) : MediaDownload.permanent(f.failure());
    }
}
