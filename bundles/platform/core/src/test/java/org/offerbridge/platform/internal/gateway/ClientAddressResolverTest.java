package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressResolverTest {

    private static ProxyConfig config(String header, String... trusted) {
        return new ProxyConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ProxyConfig.class;
            }

            @Override
            public String[] trustedProxies() {
                return trusted;
            }

            @Override
            public String clientAddressHeader() {
                return header;
            }
        };
    }

    private static ClientAddressResolver resolver(String... trusted) {
        return new ClientAddressResolver(config("X-Forwarded-For", trusted));
    }

    private static Function<String, List<String>> xff(String... values) {
        return headers(Map.of("X-Forwarded-For", List.of(values)));
    }

    private static Function<String, List<String>> headers(Map<String, List<String>> map) {
        return map::get;
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsNeverRead() {
        ClientAddressResolver r = resolver();
        assertEquals("10.0.0.5", r.resolve("10.0.0.5", xff("203.0.113.7")));
        assertEquals("10.0.0.5", r.resolve("10.0.0.5", name -> {
            throw new AssertionError("read " + name);
        }));
    }

    @Test
    void anUntrustedPeerCannotNameAnotherClient() {
        ClientAddressResolver r = resolver("10.0.0.0/8");
        assertEquals("198.51.100.9", r.resolve("198.51.100.9", xff("203.0.113.7")));
    }

    @Test
    void aTrustedPeerNamesTheClient() {
        ClientAddressResolver r = resolver("10.0.0.1");
        assertEquals("203.0.113.7", r.resolve("10.0.0.1", xff("203.0.113.7")));
        // no header: the proxy itself is all we know
        assertEquals("10.0.0.1", r.resolve("10.0.0.1", headers(Map.of())));
        assertEquals("10.0.0.1", r.resolve("10.0.0.1", xff()));
    }

    @Test
    void theRightmostUntrustedHopWinsSoAForgedPrefixIsIgnored() {
        ClientAddressResolver r = resolver("10.0.0.0/8", "192.168.1.1");
        // the client wrote "1.1.1.1" itself; the edge proxy appended the real address, an inner proxy its own
        assertEquals("203.0.113.7", r.resolve("10.0.0.1", xff("1.1.1.1, 203.0.113.7, 192.168.1.1")));
        // the same chain spread over several header lines
        assertEquals("203.0.113.7", r.resolve("10.0.0.1", xff("1.1.1.1", "203.0.113.7,10.2.3.4")));
        // a chain of trusted proxies only: the leftmost is the client
        assertEquals("10.9.9.9", r.resolve("10.0.0.1", xff("10.9.9.9, 10.0.0.2")));
    }

    @Test
    void ipv6PeersRangesAndHopsAreNormalised() {
        ClientAddressResolver r = resolver("::1", "2001:db8::/32");
        assertEquals("2001:db8:0:0:0:0:0:77", r.resolve("0:0:0:0:0:0:0:1", xff("2001:0db8::77")));
        assertEquals("2a00:1450:0:0:0:0:0:1", r.resolve("[::1]", xff("[2a00:1450::1]:8443, 2001:db8::5")));
        // IPv4 hop with a port
        assertEquals("203.0.113.7", r.resolve("2001:db8::1", xff("203.0.113.7:51234")));
        // an untrusted IPv6 peer is itself the client, one spelling for one address
        assertEquals("2a00:1450:0:0:0:0:0:2", r.resolve("2a00:1450::2", xff("203.0.113.7")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "evil.example.com", "999.1.1.1", "1.2.3", "_hidden", "<script>", "1.2.3.4:99999",
            "::zz", "", "\u0000", "[::1"})
    void garbageWhereTheClientShouldBeLeavesTheLastTrustedHop(String garbage) {
        ClientAddressResolver r = resolver("10.0.0.0/8");
        assertEquals("10.0.0.1", r.resolve("10.0.0.1", xff(garbage)));
        assertEquals("10.0.0.2", r.resolve("10.0.0.1", xff("203.0.113.7, " + garbage + ", 10.0.0.2")));
        // garbage left of the client's address is never reached
        assertEquals("203.0.113.7", r.resolve("10.0.0.1", xff(garbage + ", 203.0.113.7")));
    }

    @Test
    void rfc7239ForwardedWhenConfigured() {
        ClientAddressResolver r = new ClientAddressResolver(config("Forwarded", "10.0.0.1"));
        Function<String, List<String>> h = headers(Map.of(
                "Forwarded", List.of("for=1.1.1.1, for=\"[2001:db8:cafe::17]:4711\";proto=https;by=10.0.0.1"),
                "X-Forwarded-For", List.of("198.51.100.1")));
        assertEquals("2001:db8:cafe:0:0:0:0:17", r.resolve("10.0.0.1", h));
        assertEquals("10.0.0.1", r.resolve("10.0.0.1", headers(Map.of("Forwarded", List.of("for=unknown")))));
        assertEquals("192.0.2.60", r.resolve("10.0.0.1", headers(Map.of("Forwarded", List.of("proto=http;For=192.0.2.60")))));
    }

    @Test
    void aCommaSeparatedCfgValueAndBadEntries() {
        // a .cfg gives "a,b" as one string; a wrong entry is skipped, not fatal
        ClientAddressResolver r = resolver("10.0.0.1, nonsense ,192.168.0.0/16", "172.16.0.0/33");
        assertEquals("203.0.113.7", r.resolve("192.168.44.1", xff("203.0.113.7")));
        assertEquals("203.0.113.7", r.resolve("10.0.0.1", xff("203.0.113.7")));
        assertEquals("172.16.0.1", r.resolve("172.16.0.1", xff("203.0.113.7")));
    }

    @Test
    void anUnreadablePeerIsKeptAsItIs() {
        ClientAddressResolver r = resolver("10.0.0.1");
        assertEquals("unknown", r.resolve(null, null));
        assertEquals("some-socket", r.resolve("some-socket", xff("203.0.113.7")));
    }

    /** A servlet request with a peer and headers looked up as a servlet container does: names case-insensitive. */
    private static HttpServletRequest servletRequest(String peer, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> {
                        if (peer == null) {
                            throw new IllegalStateException("outside a request");
                        }
                        yield peer;
                    }
                    case "getHeaders" -> Collections.enumeration(headers.entrySet().stream()
                            .filter(e -> e.getKey().equalsIgnoreCase((String) args[0])).map(Map.Entry::getValue).toList());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aServletRequestIsResolvedWithItsHeadersInAnyCase() {
        ClientAddressResolver r = resolver("10.0.0.1");
        assertEquals("203.0.113.7", r.of(servletRequest("10.0.0.1", Map.of("x-forwarded-for", "203.0.113.7"))));
        assertEquals("198.51.100.2", r.of(servletRequest("198.51.100.2", Map.of("X-Forwarded-For", "203.0.113.7"))));
        assertEquals("unknown", r.of(servletRequest(null, Map.of())));
        assertEquals("unknown", r.of(null));
    }

    @Test
    void rangesMatchOnTheirPrefixOnly() {
        IpAddresses.Range r = IpAddresses.Range.parse("10.1.128.0/17");
        assertTrue(r.contains(IpAddresses.parse("10.1.200.3")));
        assertFalse(r.contains(IpAddresses.parse("10.1.127.255")));
        assertFalse(r.contains(IpAddresses.parse("::ffff:0a01:0001")), "not 10.1.0.1");
        assertTrue(IpAddresses.Range.parse("0.0.0.0/0").contains(IpAddresses.parse("8.8.8.8")));
        assertFalse(IpAddresses.Range.parse("0.0.0.0/0").contains(IpAddresses.parse("::1")), "families never mix");
        assertTrue(IpAddresses.Range.parse("2001:db8::/29").contains(IpAddresses.parse("2001:dbf::1")));
        assertFalse(IpAddresses.Range.parse("2001:db8::/29").contains(IpAddresses.parse("2001:dc0::1")));
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.Range.parse("10.0.0.0/-1"));
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.Range.parse("::/129"));
        assertThrows(IllegalArgumentException.class, () -> IpAddresses.Range.parse("localhost"));
        assertNull(IpAddresses.parse("localhost"), "names are never resolved");
    }
}
