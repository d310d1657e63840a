package org.offerbridge.quotation.mail.internal;

/**
 * A change to the SMTP settings. {@code password} null keeps the stored one, an empty string removes it; {@code port}
 * null takes the security mode's usual port. Bound from the request body by the gateway's strict mapper.
 */
public record SmtpSettingsInput(String host, Integer port, String security, String username, String password, String fromAddress,
        String fromName, String replyTo) {
}
