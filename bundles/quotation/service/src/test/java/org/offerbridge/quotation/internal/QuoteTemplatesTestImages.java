package org.offerbridge.quotation.internal;

import java.io.IOException;

/** Test images for other packages' tests. */
public final class QuoteTemplatesTestImages {
    private QuoteTemplatesTestImages() {
    }

    public static byte[] noisyPng() throws IOException {
        return QuoteTemplatesTest.noisy("png", 120, 40);
    }
}
