package org.offerbridge.channels.email.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.offerbridge.channels.api.Conversation.Contact;
import org.offerbridge.channels.spi.InboundBatch.InboundMessage;
import org.offerbridge.channels.spi.InboundFile;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * One received email as a channel message: the Message-ID is the dedup key, the sender's address the conversation
 * (unless In-Reply-To or References name a message the channel has, or else a reply token in a recipient address names
 * one of our replies), the text from text/plain or else text/html turned into text, attached files with their bytes
 * (read up to {@link #MAX_FILE_BYTES}; the file store applies the configured limits). The message's text is the new
 * part ({@link QuotedText}) as the message's new text, which the parser reads; staff see the whole mail. Auto-replies, bounces and list mail are marked automated: kept, never a request.
 */
final class InboundMail {
    /** The message as the channel takes it, and the mail's whole text (quoted part included) for the raw payload. */
    record Mail(InboundMessage message, String fullText) {
    }

    /** Headers that name the address a mail was delivered to, besides To and Cc. */
    private static final List<String> DELIVERED_TO = List.of("Delivered-To", "X-Original-To", "Envelope-To");
    /** A mail client keeps at most this many ids in References; older ones add nothing. */
    static final int MAX_REFERENCES = 32;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,290}>");
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_DEPTH = 10;
    /** A part larger than this is not read at all (recorded as too large): the default per-message limit. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private InboundMail() {
    }

    /** Reads {@code m} without reply tokens. */
    static InboundMessage read(MimeMessage m, String fallbackId, String ownAddress) throws MessagingException, IOException {
        return read(m, fallbackId, ownAddress, null).message();
    }

    /**
     * Reads {@code m}; {@code fallbackId} is the dedup key when it has no Message-ID (e.g. the folder's UIDVALIDITY and
     * UID); {@code tokens} (null when the channel has no key) check reply tokens in the recipient addresses.
     */
    static Mail read(MimeMessage m, String fallbackId, String ownAddress, ReplyTokens tokens) throws MessagingException, IOException {
        String messageId = firstId(m.getMessageID());
        InternetAddress from = sender(m);
        String email = from == null ? null : from.getAddress().toLowerCase(Locale.ROOT);
        String name = from == null || from.getPersonal() == null || from.getPersonal().isBlank() ? null : from.getPersonal().strip();
        Parts parts = new Parts();
        collect(m, parts, 0);
        String text = parts.plain != null ? parts.plain : parts.html != null ? htmlToText(parts.html) : "";
        text = text.replace("\r\n", "\n").strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Instant sent = m.getSentDate() == null ? null : m.getSentDate().toInstant();
        boolean automated = automated(m) || (email != null && email.equalsIgnoreCase(ownAddress));
        List<String> repliesTo = repliesTo(m);
        if (tokens != null) {
            // after the headers: a client that kept them threads by them
            answeredByToken(m, tokens).stream().filter(id -> !repliesTo.contains(id)).forEach(repliesTo::add);
        }
        return new Mail(new InboundMessage(messageId == null ? fallbackId : messageId, email == null ? "unknown" : email,
                new Contact(name, null, null, email), text, List.of(), sent, automated, repliesTo, m.getSubject())
                .withFiles(parts.files).withNewText(QuotedText.newPart(text)), text);
    }

    /** Our replies that recipient addresses with a valid reply token answer. */
    static List<String> answeredByToken(MimeMessage m, ReplyTokens tokens) throws MessagingException {
        List<Address> to = new ArrayList<>();
        for (RecipientType type : List.of(RecipientType.TO, RecipientType.CC)) {
            try {
                Address[] a = m.getRecipients(type);
                if (a != null) {
                    to.addAll(List.of(a));
                }
            } catch (AddressException e) {
                // an unparsable header: the others may still name us
            }
        }
        for (String header : DELIVERED_TO) {
            String[] values = m.getHeader(header);
            for (String v : values == null ? new String[0] : values) {
                try {
                    to.addAll(List.of(InternetAddress.parseHeader(v, false)));
                } catch (AddressException e) {
                    // as above
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Address a : to) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                tokens.answeredId(ia.getAddress()).filter(id -> !out.contains(id)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** In-Reply-To first, then References newest first: the earlier messages this one answers, nearest first. */
    static List<String> repliesTo(MimeMessage m) throws MessagingException {
        List<String> out = new ArrayList<>(ids(m.getHeader("In-Reply-To", " ")));
        List<String> refs = ids(m.getHeader("References", " "));
        Collections.reverse(refs);
        for (String r : refs) {
            if (!out.contains(r) && out.size() < MAX_REFERENCES) {
                out.add(r);
            }
        }
        return out;
    }

    /** RFC 3834 {@code Auto-Submitted}, {@code Precedence: bulk/junk/list/auto_reply}, common auto-responder marks, bounces. */
    static boolean automated(MimeMessage m) throws MessagingException {
        String autoSubmitted = m.getHeader("Auto-Submitted", ",");
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = m.getHeader("Precedence", ",");
        if (precedence != null && List.of("bulk", "junk", "list", "auto_reply").contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (m.getHeader("X-Autoreply") != null || m.getHeader("X-Autorespond") != null || m.getHeader("X-Auto-Response-Suppress") != null
                && m.getHeader("X-Auto-Response-Suppress", ",").toLowerCase(Locale.ROOT).contains("all")) {
            return true;
        }
        if (m.isMimeType("multipart/report")) {
            return true;
        }
        InternetAddress from = sender(m);
        String local = from == null ? "" : from.getAddress().toLowerCase(Locale.ROOT);
        return local.startsWith("mailer-daemon@") || local.startsWith("postmaster@");
    }

    static List<String> ids(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        Matcher x = MESSAGE_ID.matcher(header);
        while (x.find()) {
            out.add(x.group());
        }
        return out;
    }

    private static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static InternetAddress sender(MimeMessage m) throws MessagingException {
        Address[] from = m.getFrom();
        Address[] replyTo = null;
        try {
            replyTo = m.getReplyTo();
        } catch (MessagingException e) {
            // an unparsable Reply-To: the From address answers
        }
        Address a = replyTo != null && replyTo.length > 0 ? replyTo[0] : from != null && from.length > 0 ? from[0] : null;
        return a instanceof InternetAddress ia && ia.getAddress() != null ? ia : null;
    }

    private static final class Parts {
        String plain;
        String html;
        final List<InboundFile> files = new ArrayList<>();
    }

    private static void collect(Part p, Parts out, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String disposition = p.getDisposition();
        String fileName = p.getFileName();
        if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || (fileName != null && !p.isMimeType("multipart/*"))) {
            out.files.add(file(p, fileName == null ? null : MimeUtility.decodeText(fileName)));
            return;
        }
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                collect(b, out, depth + 1);
            }
        } else if (p.isMimeType("text/plain") && out.plain == null) {
            out.plain = p.getContent().toString();
        } else if (p.isMimeType("text/html") && out.html == null) {
            out.html = p.getContent().toString();
        } else if (p.isMimeType("message/rfc822")) {
            out.files.add(file(p, "message.eml"));
        }
    }

    /** The part's decoded bytes, or a too-large record when there are more than {@link #MAX_FILE_BYTES} of them. */
    private static InboundFile file(Part p, String name) throws MessagingException, IOException {
        String type;
        try {
            type = new ContentType(p.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            type = "application/octet-stream";
        }
        try (InputStream in = p.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                return InboundFile.oversized(name, type, p.getSize() < 0 ? null : (long) p.getSize());
            }
            return InboundFile.inline(name, type, bytes);
        }
    }

    /** The visible text of an HTML mail: line breaks where blocks and br are, scripts and styles dropped (jsoup). */
    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head").remove();
        // (wholeText already writes a line break for each br)
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote").after("\n");
        String text = doc.body() == null ? doc.wholeText() : doc.body().wholeText();
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
