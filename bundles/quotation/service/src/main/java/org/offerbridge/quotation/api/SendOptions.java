package org.offerbridge.quotation.api;

/**
 * How a quote is sent. {@code channel} is a {@link QuoteSender}'s channel id, or {@code "link"} to only make the links
 * (staff pass them on themselves), or null for the default: email when the workspace can send email and the
 * recipient has an address, else a link. {@code note} is an optional personal message for the recipients.
 */
public record SendOptions(String channel, String note) {
    public static final String LINK = "link";
    public static final SendOptions DEFAULT = new SendOptions(null, null);
}
