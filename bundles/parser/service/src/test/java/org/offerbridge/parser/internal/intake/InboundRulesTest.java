package org.offerbridge.parser.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.api.Span;
import org.offerbridge.platform.api.rest.ProblemException;

class InboundRulesTest {

    private static String field(Runnable r) {
        return assertThrows(ProblemException.class, r::run).field();
    }

    @Test
    void aRequestIsNormalisedAndEachBadFieldIsNamed() {
        RequestStore.Inbound in = InboundRules.inbound(new RequestInbox.Inbound(" WhatsApp ",
                new IntakeRequest.Sender(" Ravi ", "Ravi@Example.COM", "+91 98765 43210"), "12 bolts",
                List.of(new IntakeRequest.Attachment("a.pdf", "application/pdf", 10L))));
        assertEquals("whatsapp", in.channel());
        assertEquals("Ravi", in.senderName());
        assertEquals("ravi@example.com", in.senderEmail());
        assertEquals("[{\"name\":\"a.pdf\",\"contentType\":\"application/pdf\",\"size\":10}]", in.attachmentsJson());
        assertEquals("api", InboundRules.inbound(new RequestInbox.Inbound(null, null, "x", null)).channel());
        assertNull(InboundRules.inbound(new RequestInbox.Inbound(null, null, "x", List.of())).attachmentsJson());

        assertEquals("body", field(() -> InboundRules.inbound(null)));
        assertEquals("channel", field(() -> InboundRules.inbound(new RequestInbox.Inbound("fax", null, "x", null))));
        assertEquals("text", field(() -> InboundRules.inbound(new RequestInbox.Inbound("api", null, "  ", null))));
        assertEquals("text", field(() -> InboundRules.inbound(new RequestInbox.Inbound("api", null, "x".repeat(20_001), null))));
        assertEquals("sender.email", field(() -> InboundRules.inbound(new RequestInbox.Inbound("api",
                new IntakeRequest.Sender(null, "not-mail", null), "x", null))));
        assertEquals("sender.phone", field(() -> InboundRules.inbound(new RequestInbox.Inbound("api",
                new IntakeRequest.Sender(null, null, "12-3"), "x", null))));
        assertEquals("attachments[0].name", field(() -> InboundRules.inbound(new RequestInbox.Inbound("api", null, "x",
                List.of(new IntakeRequest.Attachment(" ", null, null))))));
        assertEquals("attachments[0].size", field(() -> InboundRules.inbound(new RequestInbox.Inbound("api", null, "x",
                List.of(new IntakeRequest.Attachment("a", null, -1L))))));
        assertEquals("attachments", field(() -> InboundRules.inbound(new RequestInbox.Inbound("api", null, "x",
                Collections.nCopies(21, new IntakeRequest.Attachment("a", null, null))))));
    }

    @Test
    void staffLinesNeedASkuAndASensibleQuantity() {
        assertEquals(List.of(), InboundRules.lines(null));
        assertEquals("lines[1].sku", field(() -> InboundRules.lines(List.of(new RequestInbox.LineEdit("A", BigDecimal.ONE),
                new RequestInbox.LineEdit(" ", BigDecimal.ONE)))));
        assertEquals("lines[0].quantity", field(() -> InboundRules.lines(List.of(new RequestInbox.LineEdit("A", null)))));
        assertEquals("lines[0].quantity", field(() -> InboundRules.lines(List.of(new RequestInbox.LineEdit("A", BigDecimal.ZERO)))));
        assertEquals("lines[0].quantity", field(() -> InboundRules.lines(List.of(new RequestInbox.LineEdit("A", new BigDecimal("0.00001"))))));
        assertEquals("lines[0].quantity", field(() -> InboundRules.lines(List.of(new RequestInbox.LineEdit("A", new BigDecimal("1000001"))))));
        assertEquals(1, InboundRules.lines(List.of(new RequestInbox.LineEdit("A", new BigDecimal("2.5000")))).size());
        assertEquals("unmatched[0].text", field(() -> InboundRules.items(List.of(new RequestInbox.ItemEdit("", null)))));
        assertEquals("unmatched[0].quantity", field(() -> InboundRules.items(List.of(new RequestInbox.ItemEdit("tape", BigDecimal.ONE.negate())))));
        assertEquals(1, InboundRules.items(List.of(new RequestInbox.ItemEdit("tape", null))).size(), "an item may have no quantity");
        assertEquals("note", field(() -> InboundRules.note("n".repeat(1001))));
    }

    private static RequestInbox.Inbound withItems(String text, List<RequestInbox.ChosenItem> items) {
        return new RequestInbox.Inbound("webform", null, text, null, null, items);
    }

    @Test
    void chosenItemsAreCheckedForShapeAndMakeTheTextOptional() {
        RequestStore.Inbound in = InboundRules.inbound(withItems(null, List.of(new RequestInbox.ChosenItem(" SH-1 ", new BigDecimal("2"),
                java.util.Map.of("Colour", "Red")))));
        assertEquals("", in.text(), "items alone are a request");
        assertEquals("SH-1", in.items().get(0).sku());
        assertEquals(java.util.Map.of("Colour", "Red"), in.items().get(0).options());
        RequestInbox.ChosenItem stored = IntakeViews.items(IntakeViews.itemsJson(in.items())).get(0);
        assertEquals(in.items().get(0), stored, "kept with the request for every parse");

        assertEquals("text", field(() -> InboundRules.inbound(withItems(" ", List.of()))));
        assertEquals("items[0].sku", field(() -> InboundRules.inbound(withItems(null, List.of(new RequestInbox.ChosenItem(" ", BigDecimal.ONE, null))))));
        assertEquals("items[1].quantity", field(() -> InboundRules.inbound(withItems("x", List.of(new RequestInbox.ChosenItem("A", BigDecimal.ONE, null),
                new RequestInbox.ChosenItem("A", BigDecimal.ZERO, null))))));
        assertEquals("items[0].quantity", field(() -> InboundRules.inbound(withItems("x", List.of(new RequestInbox.ChosenItem("A", null, null))))));
        assertEquals("items[0].options", field(() -> InboundRules.inbound(withItems("x", List.of(new RequestInbox.ChosenItem("A", BigDecimal.ONE,
                java.util.Map.of("C\u0001", "Red")))))));
        assertEquals("items", field(() -> InboundRules.inbound(withItems("x", Collections.nCopies(201, new RequestInbox.ChosenItem("A", BigDecimal.ONE, null))))));
        assertEquals("lines[0].options", field(() -> InboundRules.lines(List.of(new RequestInbox.LineEdit("A", BigDecimal.ONE,
                java.util.Map.of("Colour", " "))))));
    }

    @Test
    void spansSurviveTheirColumnAndDamageOnlyLosesHighlights() {
        List<Span> spans = List.of(new Span(0, 5), new Span(17, 42));
        assertEquals(spans, SpanCodec.decode(SpanCodec.encode(spans)));
        assertNull(SpanCodec.encode(List.of()));
        assertEquals(List.of(), SpanCodec.decode(null));
        assertEquals(List.of(new Span(3, 4)), SpanCodec.decode("x-y,3-4,9-2"));
        List<Span> many = java.util.stream.IntStream.range(0, 200).mapToObj(i -> new Span(i * 100, i * 100 + 50)).toList();
        String stored = SpanCodec.encode(many);
        assertEquals(true, stored.length() <= SpanCodec.MAX_LENGTH);
        assertEquals(many.subList(0, SpanCodec.decode(stored).size()), SpanCodec.decode(stored));
    }
}
