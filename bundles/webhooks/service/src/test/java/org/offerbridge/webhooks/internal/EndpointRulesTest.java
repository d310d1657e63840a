package org.offerbridge.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.fields.Patch;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.net.RefusedAddressException;
import org.offerbridge.platform.api.rest.ProblemException;

class EndpointRulesTest {
    /** Stands in for the platform policy: refuses what it would refuse for these literal hosts. */
    private static final OutboundAddressPolicy POLICY = url -> {
        URI u = URI.create(url);
        if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
            throw new RefusedAddressException("Only http and https URLs are allowed");
        }
        if (List.of("localhost", "127.0.0.1", "169.254.169.254", "10.0.0.1").contains(u.getHost())) {
            throw new RefusedAddressException("The host " + u.getHost() + " is a private, loopback or link-local address");
        }
        return u;
    };

    private static ProblemException refused(NewEndpoint in) {
        return assertThrows(ProblemException.class, () -> EndpointRules.forCreate(in, POLICY));
    }

    @Test
    void privateLoopbackAndMetadataUrlsAreRefusedNamingUrl() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://localhost:8080/hook", "http://127.0.0.1/x",
                "http://10.0.0.1/hook", "file:///etc/passwd")) {
            ProblemException p = refused(new NewEndpoint(url, List.of("quote.sent"), null, null));
            assertEquals(400, p.status());
            assertEquals("url", p.field(), url);
        }
    }

    @Test
    void aChangedUrlIsCheckedToo() {
        ProblemException p = assertThrows(ProblemException.class,
                () -> EndpointRules.forChange(new EndpointPatch(Patch.of("http://169.254.169.254/"), null, null, null), POLICY));
        assertEquals("url", p.field());
        assertEquals("field.url", p.messageKey());
    }

    @Test
    void aChangeKeepsAbsentFieldsClearsTheDescriptionAndRefusesToClearWhatIsRequired() {
        EndpointPatch change = EndpointRules.forChange(new EndpointPatch(null, Patch.of(List.of(" quote.sent")), Patch.clear(), null), POLICY);
        assertEquals(Patch.absent(), change.url());
        assertEquals(Patch.of(List.of("quote.sent")), change.events());
        assertTrue(change.description().cleared());
        assertEquals(Patch.absent(), change.enabled());
        assertTrue(EndpointRules.forChange(new EndpointPatch(null, null, Patch.of("  "), null), POLICY).description().cleared());
        for (EndpointPatch clearing : List.of(new EndpointPatch(Patch.clear(), null, null, null), new EndpointPatch(null, Patch.clear(), null, null),
                new EndpointPatch(null, null, null, Patch.clear()))) {
            ProblemException p = assertThrows(ProblemException.class, () -> EndpointRules.forChange(clearing, POLICY));
            assertEquals("field.required", p.messageKey());
        }
    }

    @Test
    void missingOrUnknownFieldsAreNamed() {
        assertEquals("url", refused(new NewEndpoint(null, List.of("quote.sent"), null, null)).field());
        assertEquals("url", refused(new NewEndpoint("https://hooks.example.com/" + "x".repeat(1000), List.of("quote.sent"), null, null)).field());
        assertEquals("events", refused(new NewEndpoint("https://hooks.example.com/h", null, null, null)).field());
        assertEquals("events", refused(new NewEndpoint("https://hooks.example.com/h", List.of(), null, null)).field());
        assertEquals("events", refused(new NewEndpoint("https://hooks.example.com/h", List.of("quote.exploded"), null, null)).field());
        assertEquals("events", refused(new NewEndpoint("https://hooks.example.com/h", Arrays.asList((String) null), null, null)).field());
        assertEquals("description", refused(new NewEndpoint("https://hooks.example.com/h", List.of("quote.sent"), "a\nb", null)).field());
        assertEquals("body", refused(null).field());
        assertEquals("field.oneOf", refused(new NewEndpoint("https://hooks.example.com/h", List.of("quote.exploded"), null, null)).messageKey());
        assertEquals("field.controlChars", refused(new NewEndpoint("https://hooks.example.com/h\u0000", List.of("quote.sent"), null, null)).messageKey());
    }

    @Test
    void validInputIsNormalised() {
        NewEndpoint d = EndpointRules.forCreate(new NewEndpoint(" https://hooks.example.com/h?k=1 ",
                List.of("quote.sent", " quote.accepted", "quote.sent"), "  ", null), POLICY);
        assertEquals("https://hooks.example.com/h?k=1", d.url());
        assertEquals(List.of("quote.sent", "quote.accepted"), d.events());
        assertNull(d.description());
    }

    @Test
    void originHidesPathAndQuery() {
        assertEquals("https://hooks.example.com", EndpointRules.origin("https://hooks.example.com/t/secret-token?k=abc"));
        assertEquals("http://127.0.0.1:8123", EndpointRules.origin("http://127.0.0.1:8123/hook"));
    }
}
