package org.offerbridge.channels.spi;

/**
 * The outcome of fetching an inbound file from the provider: its bytes (and the provider's file name and type where it
 * tells them, else null), too large for the limit it was fetched under, or failed with a reason a person can act on
 * and whether trying again may help ({@code heals}: timeouts, 5xx, rate limits) or not (an expired media id, a
 * refused address).
 *
 * @since 1.3
 */
public record MediaDownload(byte[] bytes, String name, String contentType, boolean tooLarge, String failure, boolean heals) {

    public static MediaDownload of(byte[] bytes, String name, String contentType) {
        return new MediaDownload(bytes, name, contentType, false, null, false);
    }

    public static MediaDownload oversized() {
        return new MediaDownload(null, null, null, true, null, false);
    }

    public static MediaDownload retry(String failure) {
        return new MediaDownload(null, null, null, false, failure, true);
    }

    public static MediaDownload permanent(String failure) {
        return new MediaDownload(null, null, null, false, failure, false);
    }

    public boolean ok() {
        return bytes != null;
    }

    @Override
    public String toString() {
        return "MediaDownload[" + (bytes != null ? bytes.length + " bytes" : tooLarge ? "too large" : failure) + "]";
    }
}
