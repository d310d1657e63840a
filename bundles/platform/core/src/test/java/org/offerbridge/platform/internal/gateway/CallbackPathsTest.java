package org.offerbridge.platform.internal.gateway;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class CallbackPathsTest {

    @Path("/channels")
    static class Inbound {
        @POST
        @Path("inbound/{token}")
        public void receive() {
        }

        @GET
        @Path("/{id: [a-z]+}/test/")
        public void other() {
        }
    }

    @Test
    void aCallbackPathMatchesWithAnyTokenInItsParameterAndNothingElse() throws Exception {
        CallbackPaths paths = new CallbackPaths();
        paths.add(Inbound.class, Inbound.class.getMethod("receive"));
        assertTrue(paths.matches("channels/inbound/abc123"));
        assertTrue(paths.matches("/channels/inbound/abc123/"));
        assertFalse(paths.matches("channels/inbound/abc/def"), "a parameter is one segment");
        assertFalse(paths.matches("channels/inbound/"));
        assertFalse(paths.matches("channels"));
        assertFalse(paths.matches("tenants"));
    }

    @Test
    void parametersWithARegexAndTheClassPathAreJoined() throws Exception {
        CallbackPaths paths = new CallbackPaths();
        paths.add(Inbound.class, Inbound.class.getMethod("other"));
        assertTrue(paths.matches("channels/x9/test"));
        assertFalse(paths.matches("channels/x9/test/more"));
        assertFalse(paths.matches("channelsXx9/test"), "literal parts are quoted");
    }

    @Test
    void nothingMatchesBeforeACallbackIsKnown() {
        assertFalse(new CallbackPaths().matches("channels/inbound/abc"));
    }
}
