package org.offerbridge.webhooks.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The delivery dispatcher, shipped as etc/org.offerbridge.webhooks.cfg. */
@ObjectClassDefinition(name = "Offerbridge webhooks", description = "How outbound webhook deliveries are polled, retried and given up")
public @interface WebhooksConfig {
    String PID = "org.offerbridge.webhooks";

    @AttributeDefinition(description = "Milliseconds between two looks for due deliveries (100-60000)")
    long pollIntervalMillis() default 2000;

    @AttributeDefinition(description = "Length of one unit of the retry schedule in milliseconds; 1000 makes the documented "
            + "5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, 14 h, 20 h, 24 h. Smaller only in tests.")
    long backoffUnitMillis() default 1000;

    @AttributeDefinition(description = "Deliveries sent at the same time by this node (1-16)")
    int concurrency() default 4;

    @AttributeDefinition(description = "An endpoint is switched off after this many messages in a row failed for good")
    int disableAfterFailedMessages() default 5;
}
