package org.offerbridge.platform.internal.plans;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One plan, from a factory configuration etc/org.offerbridge.plan-NAME.cfg. */
@ObjectClassDefinition(name = "Offerbridge plan")
public @interface PlanConfig {
    String FACTORY_PID = "org.offerbridge.plan";

    @AttributeDefinition(description = "Stable plan id used by tenants and the API")
    String id();

    String title() default "";

    @AttributeDefinition(description = "Comma-separated capability ids the plan includes")
    String capabilities() default "";

    @AttributeDefinition(description = "Active staff users; -1 unlimited")
    long maxUsers() default -1;

    long quotesPerMonth() default -1;

    long parsesPerMonth() default -1;

    long channels() default -1;

    @AttributeDefinition(description = "API requests per minute per API key")
    int requestsPerMinute() default 600;

    @AttributeDefinition(description = "Whether anyone may choose this plan when registering a workspace (POST /tenants); "
            + "otherwise only the operator assigns it (offerbridge:plan-set)")
    boolean selfService() default false;
}
