package org.offerbridge.channels.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The work queue, shipped as etc/org.offerbridge.channels.cfg. */
@ObjectClassDefinition(name = "Offerbridge channels", description = "How inbound processing and outbound sending are polled and retried")
public @interface ChannelsConfig {
    String PID = "org.offerbridge.channels";

    @AttributeDefinition(description = "Milliseconds between two looks for due work (100-60000); new work is also taken at once")
    long pollIntervalMillis() default 1000;

    @AttributeDefinition(description = "First retry delay in milliseconds; doubled per attempt (only tests shrink it)")
    long backoffMillis() default 5000;

    @AttributeDefinition(description = "Attempts before a send or a processing step is given up")
    int maxAttempts() default 8;

    @AttributeDefinition(description = "Work items handled at the same time by this node (1-16)")
    int concurrency() default 4;
}
