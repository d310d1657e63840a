package org.offerbridge.parser.internal.intake;

import java.time.Instant;
import java.util.List;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.ProposalLine;

import com.fasterxml.jackson.core.JsonProcessingException;
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
                l.unitPrice, l.currency, catalogLine ? l.confidence : null, l.source, SpanCodec.decode(l.spans));
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
