package org.offerbridge.channels.internal.attachments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file name as RFC 6266 asks: an ASCII {@code filename} for old
 * clients and the exact name as {@code filename*=UTF-8''…} (RFC 5987 percent-encoding, done by the JDK's
 * {@link URLEncoder} with its two form-encoding differences undone: a space is {@code %20}, not {@code +}, and
 * {@code *} is not an attr-char).
 */
public final class ContentDisposition {
    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        String ascii = name.codePoints().mapToObj(cp -> cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%'
                ? Character.toString(cp) : "_").reduce("", String::concat);
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
