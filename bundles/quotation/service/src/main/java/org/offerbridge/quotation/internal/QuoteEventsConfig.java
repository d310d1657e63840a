package org.offerbridge.quotation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How quote events reach their listeners such as webhooks (etc/org.offerbridge.quotation.events.cfg). */
@ObjectClassDefinition(name = "Offerbridge quote events", description = "Telling listeners (webhooks) about quote changes")
public @interface QuoteEventsConfig {
    String PID = "org.offerbridge.quotation.events";

    @AttributeDefinition(description = "Milliseconds after a change before an event not yet told is told again (the change's own thread tells it first)")
    long retryDelayMillis() default 30_000;

    @AttributeDefinition(description = "Milliseconds between looks for events still to tell")
    long pollIntervalMillis() default 15_000;
}
