package org.offerbridge.parser.internal.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.RequestInbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stored rows as the API shows them. */
final class IntakeViews {
    static final ObjectMapper JSON = new ObjectMapper();

    private IntakeViews() {
    }

    static IntakeRequest request(IntakeRequestEntity r, List<ProposalLineEntity> proposal) {
        return new IntakeRequest(r.id, r.channel, new IntakeRequest.Sender(r.senderName, r.senderEmail, r.senderPhone), r.text,
                attachments(r.attachments), r.status, r.failure, r.language, r.customerId, Instant.ofEpochMilli(r.receivedAt),
                r.parsedAt == 0 ? null : Instant.ofEpochMilli(r.parsedAt), r.parser,
                proposal == null ? null : proposal.stream().map(IntakeViews::line).toList(), r.quoteId, r.conversationId);
    }

    static ProposalLine line(ProposalLineEntity l) {
        boolean catalogLine = ProposalLine.LINE.equals(l.kind);
        return new ProposalLine(l.kind, l.sku, l.name, l.quantity == null ? null : l.quantity.stripTrailingZeros(), l.unit,
                l.unitPrice, l.currency, catalogLine ? l.confidence : null, l.source, SpanCodec.decode(l.spans), options(l.options));
    }

    static String optionsJson(Map<String, String> options) {
        return options == null || options.isEmpty() ? null : json(options);
    }

    /** Options as stored, in their order; what cannot be read is none. */
    static Map<String, String> options(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    static String itemsJson(List<RequestInbox.ChosenItem> items) {
        return items == null || items.isEmpty() ? null : json(items);
    }

    /** The sender's chosen products as stored; none when there are none. */
    static List<RequestInbox.ChosenItem> items(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, StoredItem[].class)).stream()
                    .map(i -> new RequestInbox.ChosenItem(i.sku(), i.quantity(), i.options())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request's chosen items could not be read", e);
        }
    }

    /** The stored shape of a chosen item (bound by its one constructor). */
    record StoredItem(String sku, BigDecimal quantity, LinkedHashMap<String, String> options) {
    }

    static String attachmentsJson(List<IntakeRequest.Attachment> attachments) {
        try {
            return attachments == null || attachments.isEmpty() ? null : JSON.writeValueAsString(attachments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<IntakeRequest.Attachment> attachments(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, IntakeRequest.Attachment[].class));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
