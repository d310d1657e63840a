package org.offerbridge.channels.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.api.Message.Attachment;

/** What one verified inbound call carried: new messages and status updates of messages we sent. */
public record InboundBatch(List<InboundMessage> messages, List<StatusUpdate> statuses) {
    public InboundBatch {
        messages = List.copyOf(messages);
        statuses = List.copyOf(statuses);
    }

    /**
     * One message from a contact. {@code providerMessageId} is the dedup key (unique per channel: wamid, Telegram's
     * update id, the webhook-id, an email's Message-ID). {@code threadKey} names the conversation on the channel (the
     * sender's id, a chat id, an email thread root). {@code automated} marks auto-replies, bounces and our own echoes:
     * stored, never made into a request. {@code inReplyTo} are provider ids of earlier messages this one answers,
     * nearest first (an email's {@code In-Reply-To}, then its {@code References} newest first): a message joins the
     * conversation of the first one the channel has, before {@code threadKey} is looked at. {@code subject} is kept
     * with the message where the kind has one (an email's subject), so a reply can keep it. {@code files} are the
     * files the message carried, kept in the workspace's file store (their bytes, or a reference fetched later); a kind
     * that gives files need not also list them in {@code attachments}, which is metadata only (since 1.3).
     * {@code items} are products the sender chose themselves (a request-for-quote form): they reach the parser's intake
     * as they are, beside the text it parses (since 1.4).
     */
    public record InboundMessage(String providerMessageId, String threadKey, Contact contact, String text,
            List<Attachment> attachments, Instant sentAt, boolean automated, List<String> inReplyTo, String subject,
            List<InboundFile> files, String newText, List<InboundItem> items) {
        public InboundMessage {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
            files = files == null ? List.of() : List.copyOf(files);
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** A message without chosen items (version 1.3). */
        public InboundMessage(String providerMessageId, String threadKey, Contact contact, String text,
                List<Attachment> attachments, Instant sentAt, boolean automated, List<String> inReplyTo, String subject,
                List<InboundFile> files, String newText) {
            this(providerMessageId, threadKey, contact, text, attachments, sentAt, automated, inReplyTo, subject, files, newText, List.of());
        }

        /** A message whose whole text is new, with files (version 1.3). */
        public InboundMessage(String providerMessageId, String threadKey, Contact contact, String text,
                List<Attachment> attachments, Instant sentAt, boolean automated, List<String> inReplyTo, String subject,
                List<InboundFile> files) {
            this(providerMessageId, threadKey, contact, text, attachments, sentAt, automated, inReplyTo, subject, files, null);
        }

        /** A message with threading and subject, without files (version 1.2). */
        public InboundMessage(String providerMessageId, String threadKey, Contact contact, String text,
                List<Attachment> attachments, Instant sentAt, boolean automated, List<String> inReplyTo, String subject) {
            this(providerMessageId, threadKey, contact, text, attachments, sentAt, automated, inReplyTo, subject, List.of(), null);
        }

        /** The same message carrying {@code files}. */
        public InboundMessage withFiles(List<InboundFile> files) {
            return new InboundMessage(providerMessageId, threadKey, contact, text, attachments, sentAt, automated, inReplyTo, subject,
                    files, newText, items);
        }

        /**
         * The same message carrying the products the sender chose.
         *
         * @since 1.4
         */
        public InboundMessage withItems(List<InboundItem> items) {
            return new InboundMessage(providerMessageId, threadKey, contact, text, attachments, sentAt, automated, inReplyTo, subject,
                    files, newText, items);
        }

        /**
         * The same message, whose new part is {@code newText}: what the parser reads, while staff see the whole
         * {@code text} (an email reply with the earlier mail quoted below it).
         */
        public InboundMessage withNewText(String newText) {
            return new InboundMessage(providerMessageId, threadKey, contact, text, attachments, sentAt, automated, inReplyTo, subject,
                    files, newText, items);
        }

        /** What the parser reads: the new part when the kind named one, else the whole text. */
        public String textForParser() {
            return newText != null ? newText : text;
        }

        /** A message of a kind without threading by reference or subjects. */
        public InboundMessage(String providerMessageId, String threadKey, Contact contact, String text,
                List<Attachment> attachments, Instant sentAt, boolean automated) {
            this(providerMessageId, threadKey, contact, text, attachments, sentAt, automated, List.of(), null);
        }
    }

    /**
     * A product the sender chose: its SKU, the quantity and the chosen options (option name to value, in the product's
     * order). Handed to the parser's intake as a line of its own.
     *
     * @since 1.4
     */
    public record InboundItem(String sku, BigDecimal quantity, Map<String, String> options) {
        public InboundItem {
            options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /** A delivery status of a message we sent: delivered, read or failed (with the provider's reason). */
    public record StatusUpdate(String providerMessageId, String status, String failure, Instant at) {
    }
}
