package org.offerbridge.platform.internal.net;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Outbound HTTP policy, shipped as etc/org.offerbridge.platform.outbound.cfg. */
@ObjectClassDefinition(name = "Offerbridge outbound requests", description = "Which private hosts server-side requests may reach")
public @interface OutboundConfig {
    String PID = "org.offerbridge.platform.outbound";

    @AttributeDefinition(description = "Hosts (name or address, optionally host:port) that may be called although they "
            + "resolve to a loopback, private or link-local address, e.g. an LLM server on the local network. Empty by default.")
    String[] allowedPrivateHosts() default {};
}
