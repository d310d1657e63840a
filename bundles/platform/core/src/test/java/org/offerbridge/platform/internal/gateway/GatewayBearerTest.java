package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

public class GatewayBearerTest {

    @Test
    public void onlyTheBearerSchemeCarriesACredential() {
        assertEquals("obk_abc", GatewayFilter.bearer("Bearer obk_abc"));
        assertEquals("obk_abc", GatewayFilter.bearer("bearer   obk_abc "));
        assertEquals("obs_x", GatewayFilter.bearer("BEARER obs_x"));
        assertNull(GatewayFilter.bearer("obk_abc"));
        assertNull(GatewayFilter.bearer("Basic b2JrX2FiYw=="));
        assertNull(GatewayFilter.bearer("Bearer "));
        assertNull(GatewayFilter.bearer("Bearerobk_abc"));
        assertNull(GatewayFilter.bearer(null));
    }
}
