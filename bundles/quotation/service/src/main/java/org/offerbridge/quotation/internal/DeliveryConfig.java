package org.offerbridge.quotation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How sent quotes reach their recipients (etc/org.offerbridge.quotation.delivery.cfg). */
@ObjectClassDefinition(name = "Offerbridge quote delivery", description = "Background sending of quotes by email and other channels")
public @interface DeliveryConfig {
    String PID = "org.offerbridge.quotation.delivery";

    @AttributeDefinition(description = "Milliseconds between looks for due deliveries (a send also wakes the dispatcher at once)")
    long pollIntervalMillis() default 5_000;

    @AttributeDefinition(description = "Milliseconds in one unit of the retry schedule (1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h); 1000 in production")
    long backoffUnitMillis() default 1_000;
}
