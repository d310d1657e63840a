package org.offerbridge.channels.meta.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where Meta's APIs are, shipped as etc/org.offerbridge.channels.meta.cfg: tests point them at replay servers, operators at proxies. */
@ObjectClassDefinition(name = "Offerbridge WhatsApp and Instagram channels", description = "Meta Graph API base URLs and timeouts")
public @interface MetaConfig {
    String PID = "org.offerbridge.channels.meta";

    @AttributeDefinition(description = "Graph API base URL with its version, used by WhatsApp (https://graph.facebook.com/v25.0)")
    String graphBaseUrl() default "https://graph.facebook.com/v25.0";

    @AttributeDefinition(description = "Instagram API base URL with its version, used by Instagram messaging (https://graph.instagram.com/v25.0)")
    String instagramBaseUrl() default "https://graph.instagram.com/v25.0";

    @AttributeDefinition(description = "Seconds to wait for Meta (1-30); connecting runs while a channel is created, so keep it short")
    int timeoutSeconds() default 5;
}
