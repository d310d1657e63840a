package org.offerbridge.parser.internal.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.catalog.api.ChosenOptions;
import org.offerbridge.parser.internal.MessageRules;
import org.offerbridge.platform.api.fields.FieldRules;

/**
 * What an inbound request and a staff edit must satisfy, over the platform's field rules; each refusal names the
 * field at fault.
 */
final class InboundRules {
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_LINES = 200;
    static final int MAX_NAME = 200;
    static final int MAX_CONVERSATION_ID = 60;
    static final int MAX_CONTENT_TYPE = 100;
    static final int MAX_SKU = 64;
    static final int MAX_ITEM_TEXT = 500;
    static final int MAX_NOTE = 1000;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");

    private InboundRules() {
    }

    static RequestStore.Inbound inbound(RequestInbox.Inbound body) {
        FieldRules.body(body);
        String channel = MessageRules.channel(body.channel() == null ? "api" : body.channel().toLowerCase(Locale.ROOT));
        List<RequestInbox.ChosenItem> items = chosen(body.items());
        String text = MessageRules.text(body.text());
        if (items.isEmpty()) {
            FieldRules.required("text", text);
        }
        IntakeRequest.Sender s = body.sender() == null ? new IntakeRequest.Sender(null, null, null) : body.sender();
        String name = FieldRules.name("sender.name", s.name(), MAX_NAME);
        String email = FieldRules.optionalEmail("sender.email", s.email());
        String phone = FieldRules.optionalPhone("sender.phone", s.phone());
        List<IntakeRequest.Attachment> attachments = FieldRules.atMost("attachments",
                body.attachments() == null ? List.<IntakeRequest.Attachment>of() : body.attachments(), MAX_ATTACHMENTS);
        for (int i = 0; i < attachments.size(); i++) {
            IntakeRequest.Attachment a = attachments.get(i);
            String field = "attachments[" + i + "]";
            FieldRules.requiredText(field + ".name", a == null ? null : a.name(), MAX_NAME);
            FieldRules.text(field + ".contentType", a.contentType(), MAX_CONTENT_TYPE);
            if (a.size() != null && a.size() < 0) {
                throw FieldRules.invalid(field + ".size", "size must not be negative", "field.negative", field + ".size");
            }
        }
        String conversationId = FieldRules.text("conversationId", body.conversationId(), MAX_CONVERSATION_ID);
        return new RequestStore.Inbound(channel, name, email, phone, text == null ? "" : text, IntakeViews.attachmentsJson(attachments),
                conversationId, items);
    }

    /**
     * The products a sender chose: at most {@link #MAX_LINES}, each with a SKU, a quantity above 0 and options of
     * single-line names and values (a blank value is an option not chosen). Whether the catalog has them is not checked
     * here: what it lacks becomes an unmatched item.
     */
    static List<RequestInbox.ChosenItem> chosen(List<RequestInbox.ChosenItem> items) {
        List<RequestInbox.ChosenItem> in = FieldRules.atMost("items", items == null ? List.<RequestInbox.ChosenItem>of() : items, MAX_LINES);
        List<RequestInbox.ChosenItem> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            RequestInbox.ChosenItem item = in.get(i);
            String field = "items[" + i + "]";
            String sku = FieldRules.requiredText(field + ".sku", item == null ? null : item.sku(), MAX_SKU);
            BigDecimal quantity = FieldRules.required(field + ".quantity", quantity(field + ".quantity", item.quantity()));
            out.add(new RequestInbox.ChosenItem(sku, quantity, ChosenOptions.check(field + ".options", item.options(), true)));
        }
        return out;
    }

    /**
     * The staff's catalog lines: a SKU each, a quantity above 0 and options of the shape {@link ChosenOptions#check}
     * wants; SKUs trimmed.
     */
    static List<RequestInbox.LineEdit> lines(List<RequestInbox.LineEdit> lines) {
        List<RequestInbox.LineEdit> in = FieldRules.atMost("lines", lines == null ? List.<RequestInbox.LineEdit>of() : lines, MAX_LINES);
        List<RequestInbox.LineEdit> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            RequestInbox.LineEdit l = in.get(i);
            String sku = FieldRules.requiredText("lines[" + i + "].sku", l == null ? null : l.sku(), MAX_SKU);
            out.add(new RequestInbox.LineEdit(sku, FieldRules.required("lines[" + i + "].quantity",
                    quantity("lines[" + i + "].quantity", l.quantity())), ChosenOptions.check("lines[" + i + "].options", l.options())));
        }
        return out;
    }

    /** The staff's unmatched items: a text each, a quantity above 0 when given. */
    static List<RequestInbox.ItemEdit> items(List<RequestInbox.ItemEdit> items) {
        List<RequestInbox.ItemEdit> in = FieldRules.atMost("unmatched", items == null ? List.<RequestInbox.ItemEdit>of() : items, MAX_LINES);
        List<RequestInbox.ItemEdit> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            RequestInbox.ItemEdit u = in.get(i);
            String text = FieldRules.required("unmatched[" + i + "].text",
                    FieldRules.multiLine("unmatched[" + i + "].text", u == null ? null : u.text(), MAX_ITEM_TEXT));
            out.add(new RequestInbox.ItemEdit(text, quantity("unmatched[" + i + "].quantity", u.quantity())));
        }
        return out;
    }

    /** The staff's note on a correction; blank is null. */
    static String note(String value) {
        return FieldRules.multiLine("note", value, MAX_NOTE);
    }

    /** Above 0, at most {@link #MAX_QUANTITY}, at most four decimals; null stays null. */
    private static BigDecimal quantity(String field, BigDecimal q) {
        BigDecimal v = FieldRules.decimal(field, q, BigDecimal.ZERO, MAX_QUANTITY, FieldRules.MAX_DECIMALS);
        if (v != null && v.signum() == 0) {
            throw FieldRules.invalid(field, field + " must be above 0", "field.range", field, "0", MAX_QUANTITY.toPlainString());
        }
        return v;
    }
}
