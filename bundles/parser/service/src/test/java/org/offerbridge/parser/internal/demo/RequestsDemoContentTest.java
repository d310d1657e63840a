package org.offerbridge.parser.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.offerbridge.catalog.internal.demo.DemoCatalog;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.parser.engine.CatalogIndex;
import org.offerbridge.parser.engine.CatalogItem;
import org.offerbridge.parser.engine.ParseResult;
import org.offerbridge.parser.engine.ParsedLine;
import org.offerbridge.parser.engine.RequestParser;

class RequestsDemoContentTest {
    private static final CatalogIndex DEMO_CATALOG = CatalogIndex.build(DemoCatalog.ITEMS.stream()
            .map(i -> new CatalogItem(i.sku(), i.name(), i.aliases(), i.unit())).toList());

    private static Map<String, BigDecimal> lines(String text) {
        ParseResult result = new RequestParser().parse(text, DEMO_CATALOG);
        return result.lines().stream().collect(Collectors.toMap(ParsedLine::sku, ParsedLine::quantity, BigDecimal::add));
    }

    @Test
    void theRequestsAreInThreeLanguagesFromThreeSenders() {
        Set<String> languages = new HashSet<>();
        for (RequestInbox.Inbound r : RequestsDemoContent.MESSAGES) {
            languages.add(new RequestParser().parse(r.text(), DEMO_CATALOG).language());
        }
        assertEquals(3, languages.size(), "languages: " + languages);
    }

    /** What the parser makes of each demo request against the demo catalog: the products and quantities asked for. */
    @Test
    void everyRequestParsesIntoAProposalOfDemoProducts() {
        List<String> texts = RequestsDemoContent.MESSAGES.stream().map(RequestInbox.Inbound::text).toList();
        Map<String, BigDecimal> english = lines(texts.get(0));
        assertEquals(0, new BigDecimal("200").compareTo(english.get("BLT-M8-40")), "English: " + english);
        assertEquals(0, new BigDecimal("10").compareTo(english.get("PVC-TAPE-BL")), "English: " + english);
        assertEquals(4, english.size(), "English: " + english);

        Map<String, BigDecimal> german = lines(texts.get(1));
        assertEquals(0, new BigDecimal("50").compareTo(german.get("PP-20")), "German: " + german);
        assertEquals(0, new BigDecimal("6").compareTo(german.get("BV-HALF")), "German: " + german);
        assertEquals(0, new BigDecimal("2").compareTo(german.get("GD-115")), "German: " + german);

        Map<String, BigDecimal> hindi = lines(texts.get(2));
        assertEquals(0, new BigDecimal("20").compareTo(hindi.get("HM-WH")), "Hindi: " + hindi);
        assertEquals(0, new BigDecimal("100").compareTo(hindi.get("CB-25-RD")), "Hindi: " + hindi);
        assertEquals(3, hindi.size(), "Hindi: " + hindi);
    }

    /** An inbox that lists {@code listed} and counts what it receives. */
    private static RequestInbox inbox(List<IntakeRequest> listed, List<RequestInbox.Inbound> received) {
        return (RequestInbox) Proxy.newProxyInstance(RequestInbox.class.getClassLoader(), new Class<?>[] {RequestInbox.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> listed;
                    case "receive" -> {
                        received.add((RequestInbox.Inbound) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void seedingReceivesEachRequestOnceThroughTheInbox() {
        List<RequestInbox.Inbound> received = new ArrayList<>();
        new RequestsDemoContent(inbox(List.of(), received)).seed("t-demo");
        assertEquals(RequestsDemoContent.MESSAGES, received);

        List<IntakeRequest> present = RequestsDemoContent.MESSAGES.stream()
                .map(r -> new IntakeRequest("r", r.channel(), r.sender(), r.text(), null, "proposed", null, null, null, null, null,
                        null, null))
                .toList();
        received.clear();
        new RequestsDemoContent(inbox(present, received)).seed("t-demo");
        assertTrue(received.isEmpty(), "nothing twice");
    }
}
