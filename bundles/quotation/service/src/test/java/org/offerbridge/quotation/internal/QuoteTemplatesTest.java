package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.rest.ProblemException;

class QuoteTemplatesTest {

    private static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void pngAndJpegAreTakenByTheirBytes() throws IOException {
        assertEquals("image/png", QuoteTemplates.imageType(image("png", 120, 40)));
        assertEquals("image/jpeg", QuoteTemplates.imageType(image("jpg", 120, 40)));
    }

    @Test
    void otherFormatsGarbageAndHugeImagesAreRefusedNamingTheLogo() throws IOException {
        for (byte[] bad : new byte[][] {image("gif", 10, 10), "not an image".getBytes(), new byte[0], image("png", 4001, 2),
                new byte[QuoteTemplates.MAX_LOGO_BYTES + 1]}) {
            ProblemException e = assertThrows(ProblemException.class, () -> QuoteTemplates.imageType(bad));
            assertEquals(400, e.status());
            assertEquals("logo", e.field());
        }
    }

    /** An image whose pixels do not compress away, so cutting the file cuts pixel data. */
    static byte[] noisy(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void truncatedOrDamagedImagesAreRefusedNamingTheLogo() throws IOException {
        byte[] png = noisy("png", 120, 40);
        byte[] jpeg = noisy("jpg", 120, 40);
        byte[] badCrc = png.clone();
        badCrc[60] ^= 0x55; // inside the pixel data
        for (byte[] bad : new byte[][] {java.util.Arrays.copyOf(png, png.length / 2), java.util.Arrays.copyOf(png, png.length - 12),
                java.util.Arrays.copyOf(png, png.length - 1), badCrc, java.util.Arrays.copyOf(jpeg, jpeg.length / 2),
                java.util.Arrays.copyOf(jpeg, jpeg.length - 2)}) {
            ProblemException e = assertThrows(ProblemException.class, () -> QuoteTemplates.imageType(bad));
            assertEquals(400, e.status());
            assertEquals("logo", e.field());
        }
        assertEquals("image/png", QuoteTemplates.imageType(png));
        assertEquals("image/jpeg", QuoteTemplates.imageType(jpeg));
    }

    @Test
    void aBrokenStoredLogoIsLeftOutOfDocumentsAndTheWorkspaceToldOncePerHour() throws IOException {
        byte[] png = noisy("png", 120, 40);
        QuoteTemplateEntity stored = new QuoteTemplateEntity();
        stored.id = "t-broken";
        stored.logo = java.util.Arrays.copyOf(png, png.length / 2);
        stored.logoType = "image/png";
        stored.terms = "Pay in 30 days";
        javax.persistence.EntityManager em = org.mockito.Mockito.mock(javax.persistence.EntityManager.class);
        org.mockito.Mockito.when(em.find(QuoteTemplateEntity.class, "t-broken")).thenReturn(stored);
        java.util.List<String> messages = new java.util.ArrayList<>();
        QuoteTemplates.FAILURES.use(new RecordingLog(messages));
        try {
            var t = QuoteTemplates.of(em, "t-broken");
            org.junit.jupiter.api.Assertions.assertNull(t.logo());
            assertEquals("Pay in 30 days", t.terms());
            QuoteTemplates.of(em, "t-broken");
            assertEquals(1, messages.size(), messages::toString);
            org.junit.jupiter.api.Assertions.assertTrue(messages.get(0).startsWith("t-broken WARNING quotes The logo"), messages::toString);

            stored.logo = png;
            assertEquals(png.length, QuoteTemplates.of(em, "t-broken").logo().length);
        } finally {
            QuoteTemplates.FAILURES.use(null);
        }
    }

    @Test
    void templateFailuresAreReportedAtMostOncePerHourPerWorkspace() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000_000);
        java.util.List<String> messages = new java.util.ArrayList<>();
        TemplateFailures f = new TemplateFailures(now::get);
        f.use(new RecordingLog(messages));
        f.skipped("a", "logo");
        f.skipped("a", "logo");
        f.skipped("b", "logo");
        assertEquals(2, messages.size());
        now.addAndGet(TemplateFailures.QUIET_MINUTES * 60_000L - 1);
        f.skipped("a", "logo");
        assertEquals(2, messages.size());
        now.addAndGet(1);
        f.skipped("a", "logo");
        assertEquals(3, messages.size());
    }

    /** A system message log that keeps what is reported. */
    static final class RecordingLog implements org.offerbridge.platform.api.SystemMessageLog {
        private final java.util.List<String> messages;

        RecordingLog(java.util.List<String> messages) {
            this.messages = messages;
        }

        @Override
        public void report(String tenantId, Severity severity, String source, String message) {
            messages.add(tenantId + " " + severity + " " + source + " " + message);
        }

        @Override
        public long countOpen() {
            return 0;
        }

        @Override
        public java.util.List<Entry> latest(boolean includeCleared, int limit) {
            return java.util.List.of();
        }

        @Override
        public boolean clear(String id) {
            return false;
        }

        @Override
        public int clearAll() {
            return 0;
        }
    }
}
