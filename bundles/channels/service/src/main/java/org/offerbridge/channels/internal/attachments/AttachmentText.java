package org.offerbridge.channels.internal.attachments;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Text the parser can read from a file, where it is cheap: plain text and CSV as they are, PDF text (Apache PDFBox),
 * spreadsheet rows as CSV (xlsx),
 * capped at {@link #MAX_CHARS}. Null for anything else (images, unknown types) or when nothing could be read.
 */
public final class AttachmentText {
    public static final int MAX_CHARS = 20_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AttachmentText() {
    }

    public static String extract(byte[] bytes, String contentType) {
        if (bytes == null || contentType == null) {
            return null;
        }
        try {
            String text = switch (contentType) {
                case "text/plain", "text/csv", "text/tab-separated-values" -> utf8(bytes);
                case "application/pdf" -> PdfText.of(bytes, MAX_CHARS);
                case XLSX -> XlsxText.of(bytes, MAX_CHARS);
                default -> null;
            };
            return cap(text);
        } catch (RuntimeException | LinkageError e) {
            // a damaged file, or the PDF library missing: the message still goes to the parser without it
            return null;
        }
    }

    static String cap(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
    }

    /** UTF-8, or Latin-1 when the bytes are not UTF-8 (old spreadsheet exports). */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
