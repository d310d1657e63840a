package org.offerbridge.parser.internal.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.internal.MessageRules;
import org.offerbridge.platform.api.rest.ProblemException;

/** What an inbound request and a staff edit must satisfy; each refusal names the field at fault. */
final class InboundRules {
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_LINES = 200;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");

    private InboundRules() {
    }

    static RequestStore.Inbound inbound(RequestInbox.Inbound body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON body is required");
        }
        String channel = body.channel() == null ? "api" : body.channel().strip().toLowerCase(Locale.ROOT);
        MessageRules.requireKnownChannel(channel);
        if (body.text() == null || body.text().isBlank()) {
            throw ProblemException.invalid("text", "text is required");
        }
        MessageRules.requireWithinLimit(body.text());
        IntakeRequest.Sender s = body.sender() == null ? new IntakeRequest.Sender(null, null, null) : body.sender();
        String name = optional("sender.name", s.name(), 200);
        String email = optional("sender.email", s.email(), 254);
        if (email != null && (!email.contains("@") || email.contains(" "))) {
            throw ProblemException.invalid("sender.email", "sender.email is not an email address");
        }
        String phone = optional("sender.phone", s.phone(), 40);
        if (phone != null && phone.chars().filter(Character::isDigit).count() < 5) {
            throw ProblemException.invalid("sender.phone", "sender.phone needs at least 5 digits");
        }
        List<IntakeRequest.Attachment> attachments = body.attachments() == null ? List.of() : body.attachments();
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw ProblemException.invalid("attachments", "at most " + MAX_ATTACHMENTS + " attachments");
        }
        for (int i = 0; i < attachments.size(); i++) {
            IntakeRequest.Attachment a = attachments.get(i);
            if (a == null || a.name() == null || a.name().isBlank() || a.name().length() > 200) {
                throw ProblemException.invalid("attachments[" + i + "].name", "each attachment needs a name of at most 200 characters");
            }
            if (a.contentType() != null && a.contentType().length() > 100) {
                throw ProblemException.invalid("attachments[" + i + "].contentType", "contentType must be at most 100 characters");
            }
            if (a.size() != null && a.size() < 0) {
                throw ProblemException.invalid("attachments[" + i + "].size", "size must not be negative");
            }
        }
        return new RequestStore.Inbound(channel, name, email == null ? null : email.toLowerCase(Locale.ROOT), phone, body.text(),
                IntakeViews.attachmentsJson(attachments));
    }

    static List<RequestInbox.LineEdit> lines(List<RequestInbox.LineEdit> lines) {
        List<RequestInbox.LineEdit> out = lines == null ? List.of() : lines;
        if (out.size() > MAX_LINES) {
            throw ProblemException.invalid("lines", "at most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < out.size(); i++) {
            RequestInbox.LineEdit l = out.get(i);
            if (l == null || l.sku() == null || l.sku().isBlank() || l.sku().length() > 64) {
                throw ProblemException.invalid("lines[" + i + "].sku", "each line needs a SKU");
            }
            quantity("lines[" + i + "].quantity", l.quantity(), true);
        }
        return out;
    }

    static List<RequestInbox.ItemEdit> items(List<RequestInbox.ItemEdit> items) {
        List<RequestInbox.ItemEdit> out = items == null ? List.of() : items;
        if (out.size() > MAX_LINES) {
            throw ProblemException.invalid("unmatched", "at most " + MAX_LINES + " unmatched items");
        }
        for (int i = 0; i < out.size(); i++) {
            RequestInbox.ItemEdit u = out.get(i);
            if (u == null || u.text() == null || u.text().isBlank() || u.text().length() > 500) {
                throw ProblemException.invalid("unmatched[" + i + "].text", "each unmatched item needs a text of at most 500 characters");
            }
            quantity("unmatched[" + i + "].quantity", u.quantity(), false);
        }
        return out;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw ProblemException.invalid(field, field + " must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static void quantity(String field, BigDecimal q, boolean required) {
        if (q == null) {
            if (required) {
                throw ProblemException.invalid(field, "quantity is required");
            }
            return;
        }
        if (q.signum() <= 0 || q.compareTo(MAX_QUANTITY) > 0 || q.stripTrailingZeros().scale() > 4) {
            throw ProblemException.invalid(field, "quantity must be above 0, at most 1000000, with at most 4 decimals");
        }
    }
}
