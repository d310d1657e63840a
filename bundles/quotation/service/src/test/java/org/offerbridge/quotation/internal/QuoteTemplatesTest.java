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
}
