package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

public class LogPathsTest {

    @Test
    public void quoteLinkTokensAndApiCredentialsAreMasked() {
        assertEquals("/api/v1/q/***/pdf", LogPaths.mask("/api/v1/q/Zx9_abc-DEF123/pdf"));
        assertEquals("/api/v1/q/***", LogPaths.mask("/api/v1/q/Zx9_abc-DEF123"));
        assertEquals("http://localhost:8181/api/v1/q/***?lang=de", LogPaths.mask("http://localhost:8181/api/v1/q/tok?lang=de"));
        assertEquals("/api/v1/x/obk_*** and obs_***", LogPaths.mask("/api/v1/x/obk_ab12_CD and obs_zz9"));
    }

    @Test
    public void otherPathsAreKeptAndLongOnesCut() {
        assertEquals("/api/v1/quotes/42", LogPaths.mask("/api/v1/quotes/42"));
        assertNull(LogPaths.mask(null));
        assertEquals(301, LogPaths.mask("/" + "a".repeat(1000)).length());
    }
}
