package org.offerbridge.channels.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

/**
 * A {@code multipart/form-data} body (RFC 7578) built with Jakarta Mail's {@link MimeMultipart}: the framing and the
 * boundary are the library's; each part carries its bytes as they are (no transfer encoding), as HTTP expects. For kinds
 * that upload files (WhatsApp's media upload, Telegram's sendDocument).
 *
 * @since 1.3
 */
public final class FormData {
    /** The finished body and the Content-Type header (with its boundary) to send it with. */
    public record Body(String contentType, byte[] bytes) {
    }

    private final MimeMultipart multipart = new MimeMultipart("form-data");

    public FormData field(String name, String value) {
        return part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    public FormData file(String name, String fileName, String contentType, byte[] bytes) {
        return part(name, fileName, contentType, bytes);
    }

    private FormData part(String name, String fileName, String contentType, byte[] bytes) {
        try {
            ContentDisposition disposition = new ContentDisposition("form-data");
            disposition.setParameter("name", name);
            if (fileName != null) {
                disposition.setParameter("filename", safeName(fileName));
            }
            InternetHeaders headers = new InternetHeaders();
            headers.setHeader("Content-Disposition", disposition.toString());
            if (contentType != null) {
                headers.setHeader("Content-Type", contentType);
            }
            multipart.addBodyPart(new MimeBodyPart(headers, bytes));
            return this;
        } catch (MessagingException e) {
            throw new IllegalStateException("a form part cannot be built", e);
        }
    }

    public Body build() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            multipart.writeTo(out);
            return new Body(MimeUtility.unfold(multipart.getContentType()).replaceAll(";\\s+", "; "), out.toByteArray());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("a form body is written to memory", e);
        }
    }

    /** File names as ASCII letters, digits, dot, dash and underscore: a header parameter needs no encoding then. */
    public static String safeName(String name) {
        String n = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() ? "file" : n;
    }
}
