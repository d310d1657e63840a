package org.offerbridge.channels.telegram.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the Bot API is and how long we wait for it, shipped as etc/org.offerbridge.channels.telegram.cfg. */
@ObjectClassDefinition(name = "Offerbridge Telegram channels", description = "The Telegram Bot API the telegram channel kind calls")
public @interface TelegramConfig {
    String PID = "org.offerbridge.channels.telegram";

    @AttributeDefinition(description = "Base URL of the Bot API (a proxy or a local Bot API server may stand in); methods are called at <base>/bot<token>/<method>")
    String apiBaseUrl() default "https://api.telegram.org";

    @AttributeDefinition(description = "Seconds to wait for a connection to the Bot API (1-30)")
    int connectTimeoutSeconds() default 5;

    @AttributeDefinition(description = "Seconds to wait for one Bot API answer (1-60); connecting a channel makes two calls during the create request")
    int requestTimeoutSeconds() default 5;
}
