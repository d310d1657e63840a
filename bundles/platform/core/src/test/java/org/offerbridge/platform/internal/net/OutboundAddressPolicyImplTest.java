package org.offerbridge.platform.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerbridge.platform.api.net.RefusedAddressException;

class OutboundAddressPolicyImplTest {

    private static OutboundConfig config(String... allowed) {
        return new OutboundConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return OutboundConfig.class;
            }

            @Override
            public String[] allowedPrivateHosts() {
                return allowed;
            }
        };
    }

    /** Names resolve from this table only: the tests never touch real DNS. */
    private static final Map<String, String[]> DNS = Map.of(
            "api.example.com", new String[] {"93.184.216.34"},
            "rebind.example.com", new String[] {"93.184.216.34", "10.0.0.7"},
            "metadata.example.com", new String[] {"169.254.169.254"},
            "llm.lan", new String[] {"192.168.1.20"});

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] ips = DNS.get(host);
        if (ips == null) {
            if (host.matches("[0-9.]+") || host.startsWith("[")) {
                return InetAddress.getAllByName(host); // literals: no lookup
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] out = new InetAddress[ips.length];
        for (int i = 0; i < ips.length; i++) {
            out[i] = InetAddress.getByName(ips[i]);
        }
        return out;
    }

    private final OutboundAddressPolicyImpl policy = new OutboundAddressPolicyImpl(config(), OutboundAddressPolicyImplTest::resolve);

    private String refusal(String url) {
        return assertThrows(RefusedAddressException.class, () -> policy.check(url)).getMessage();
    }

    @Test
    void publicHttpsAndHttpUrlsPass() {
        assertEquals("api.example.com", policy.check("https://api.example.com/v1").getHost());
        assertEquals(8080, policy.check("http://93.184.216.34:8080/v1").getPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://api.example.com/", "file:///etc/passwd", "gopher://api.example.com/", "javascript:alert(1)",
        "api.example.com/v1"})
    void onlyHttpAndHttps(String url) {
        assertTrue(refusal(url).contains("http"), url);
    }

    @Test
    void noCredentialsInTheUrl() {
        assertTrue(refusal("https://user:pw@api.example.com/").contains("Credentials"));
        assertTrue(refusal("https://user@api.example.com/").contains("Credentials"));
    }

    @Test
    void missingOrBrokenUrls() {
        refusal(null);
        refusal(" ");
        refusal("http://exa mple.com/");
        assertTrue(refusal("http:///path").contains("host"));
        assertTrue(refusal("https://nowhere.invalid/").contains("does not resolve"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.1.2.3:8080/", "http://[::1]/", "http://[::ffff:127.0.0.1]/"})
    void loopbackIsRefused(String url) {
        assertTrue(refusal(url).contains("loopback"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://0.0.0.0/", "http://[::]/"})
    void wildcardIsRefused(String url) {
        assertTrue(refusal(url).contains("wildcard"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://metadata.example.com/", "http://[fe80::1]/"})
    void linkLocalAndCloudMetadataAreRefused(String url) {
        assertTrue(refusal(url).contains("link-local"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.0.10/",
        "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://llm.lan/"})
    void privateAddressesAreRefused(String url) {
        assertTrue(refusal(url).contains("private"), url);
    }

    @Test
    void justOutsideThePrivateRangesPasses() {
        policy.check("http://172.32.0.1/");
        policy.check("http://172.15.255.255/");
        policy.check("http://100.128.0.1/");
        policy.check("http://11.0.0.1/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://100.64.0.1/", "http://100.127.255.254/"})
    void carrierGradeNatIsRefused(String url) {
        assertTrue(refusal(url).contains("carrier-grade NAT"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://224.0.0.1/", "http://239.255.255.250/", "http://[ff02::1]/"})
    void multicastIsRefused(String url) {
        assertTrue(refusal(url).contains("multicast"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[::ffff:10.0.0.1]/"})
    void ipv4InsideIpv6IsJudgedByTheIpv4(String url) {
        refusal(url);
    }

    @Test
    void oneBadAddressAmongGoodOnesIsEnough() {
        assertTrue(refusal("https://rebind.example.com/").contains("private"));
    }

    @Test
    void allowlistedHostsAndHostPortsPass() {
        OutboundAddressPolicyImpl allowing = new OutboundAddressPolicyImpl(config("LLM.lan", "127.0.0.1:11434", " "),
                OutboundAddressPolicyImplTest::resolve);
        allowing.check("http://llm.lan/v1");
        allowing.check("http://127.0.0.1:11434/v1");
        // the port is part of the entry: other ports of the same host stay closed
        assertThrows(RefusedAddressException.class, () -> allowing.check("http://127.0.0.1:8181/"));
        // the allowlist never lifts the URL rules
        assertThrows(RefusedAddressException.class, () -> allowing.check("http://user@llm.lan/"));
        assertThrows(RefusedAddressException.class, () -> allowing.check("ftp://llm.lan/"));
    }

    @Test
    void theAllowlistFollowsConfigurationChanges() {
        assertThrows(RefusedAddressException.class, () -> policy.check("http://llm.lan/"));
        policy.modified(config("llm.lan"));
        policy.check("http://llm.lan/");
        policy.modified(config());
        assertThrows(RefusedAddressException.class, () -> policy.check("http://llm.lan/"));
    }

    @Test
    void aCommaSeparatedEntryAsAConfigFileGivesItIsSplit() {
        policy.modified(config("llm.lan, 127.0.0.1:11434"));
        policy.check("http://llm.lan/v1");
        policy.check("http://127.0.0.1:11434/v1");
        assertThrows(RefusedAddressException.class, () -> policy.check("http://127.0.0.1:8181/"));
    }
}
