package org.offerbridge.quotation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The expiry job, shipped as etc/org.offerbridge.quotation.cfg. */
@ObjectClassDefinition(name = "Offerbridge quotation", description = "Expiry of sent quotes past their validity")
public @interface ExpiryConfig {
    String PID = "org.offerbridge.quotation";

    @AttributeDefinition(description = "Seconds between runs of the job that expires sent and viewed quotes past their validity")
    long expiryPeriodSeconds() default 3600;
}
