package org.offerbridge.quotation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.offerbridge.platform.api.rest.ProblemException;

/**
 * Whether a logo is a whole PNG or JPEG: every PNG chunk present with a good CRC up to IEND, and every pixel row
 * decoded without a warning (a truncated JPEG decodes with "premature end" as a warning only). A broken image
 * would otherwise be stored and break every PDF of the workspace.
 */
final class LogoImages {
    static final int MAX_LOGO_BYTES = 512 * 1024;
    static final int MAX_LOGO_PIXELS = 4000;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Verdicts on stored logos by their SHA-256, so a document does not decode its logo each time. */
    private static final Map<String, Boolean> VERDICTS = new ConcurrentHashMap<>();

    private LogoImages() {
    }

    /** "image/png" or "image/jpeg" when the bytes decode completely within the limits; a 400 naming {@code logo} otherwise. */
    static String imageType(byte[] image) {
        if (image == null || image.length == 0) {
            throw ProblemException.invalid("logo", "The logo is the image file itself as the request body (PNG or JPEG)");
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw ProblemException.invalid("logo", "The logo has at most " + MAX_LOGO_BYTES / 1024 + " KB");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw ProblemException.invalid("logo", "The logo must be a PNG or JPEG image");
            }
            ImageReader r = readers.next();
            try {
                String format = r.getFormatName().toLowerCase(Locale.ROOT);
                String type = format.equals("png") ? "image/png" : format.equals("jpeg") || format.equals("jpg") ? "image/jpeg" : null;
                if (type == null) {
                    throw ProblemException.invalid("logo", "The logo must be a PNG or JPEG image, not " + format);
                }
                r.setInput(in);
                int w = r.getWidth(0);
                int h = r.getHeight(0);
                if (w > MAX_LOGO_PIXELS || h > MAX_LOGO_PIXELS) {
                    throw ProblemException.invalid("logo", "The logo has at most " + MAX_LOGO_PIXELS + " pixels a side, not " + w + "x" + h);
                }
                if (type.equals("image/png") && !wholePng(image)) {
                    throw broken();
                }
                String[] warning = {null};
                r.addIIOReadWarningListener((source, message) -> warning[0] = message);
                r.read(0); // every pixel row
                if (warning[0] != null) {
                    throw broken();
                }
                return type;
            } finally {
                r.dispose();
            }
        } catch (IIOException e) {
            throw broken();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw broken();
        }
    }

    /** Whether a stored logo can be drawn; decided once per image content. */
    static boolean usable(byte[] image) {
        String key = sha256(image);
        Boolean known = VERDICTS.get(key);
        if (known != null) {
            return known;
        }
        boolean ok;
        try {
            imageType(image);
            ok = true;
        } catch (ProblemException e) {
            ok = false;
        }
        if (VERDICTS.size() > 1000) {
            VERDICTS.clear();
        }
        VERDICTS.put(key, ok);
        return ok;
    }

    private static ProblemException broken() {
        return ProblemException.invalid("logo", "The logo is incomplete or damaged: it cannot be decoded to its end; save it again as PNG or JPEG");
    }

    /** The signature, then chunks with good CRCs up to IEND. */
    static boolean wholePng(byte[] b) {
        if (b.length < PNG_SIGNATURE.length || !Arrays.equals(Arrays.copyOf(b, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            return false;
        }
        ByteBuffer in = ByteBuffer.wrap(b);
        in.position(PNG_SIGNATURE.length);
        while (in.remaining() >= 12) {
            long length = Integer.toUnsignedLong(in.getInt());
            if (length > in.remaining() - 8) {
                return false;
            }
            int start = in.position();
            CRC32 crc = new CRC32();
            crc.update(b, start, 4 + (int) length);
            String type = new String(b, start, 4, StandardCharsets.ISO_8859_1);
            in.position(start + 4 + (int) length);
            if (Integer.toUnsignedLong(in.getInt()) != crc.getValue()) {
                return false;
            }
            if (type.equals("IEND")) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] image) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
