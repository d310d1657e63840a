package org.offerbridge.quotation.mail.api;

/** Who a message is from: the address (also the envelope sender), a display name and a Reply-To address, both optional. */
public record Sender(String address, String name, String replyTo) {
}
