package org.offerbridge.platform.api.onboarding;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How far the bound workspace got with one step of the getting-started checklist, registered as an OSGi service by
 * the capability that owns the data. The checklist shows a step as done when its count is above zero, and a step
 * no service counts as not available yet.
 */
@ConsumerType
public interface SetupCount {

    /** The step counted: one of the constants. */
    String PRODUCTS = "products";
    String CUSTOMERS = "customers";
    String CHANNELS = "channels";
    String QUOTES = "quotes";

    String step();

    /** The capability the plan must include for the step to count, or null. */
    String capability();

    /** The count for the tenant bound while it runs. */
    long count();
}
