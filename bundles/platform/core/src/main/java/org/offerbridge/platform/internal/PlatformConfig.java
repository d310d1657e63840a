package org.offerbridge.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Platform settings, shipped as etc/org.offerbridge.platform.cfg. */
@ObjectClassDefinition(name = "Offerbridge platform", description = "Registration, limits and login policy")
public @interface PlatformConfig {
    String PID = "org.offerbridge.platform";

    @AttributeDefinition(description = "Allow POST /api/v1/tenants without credentials")
    boolean registrationEnabled() default true;

    @AttributeDefinition(description = "Create a demo workspace on first start")
    boolean demoWorkspace() default false;

    @AttributeDefinition(description = "Largest accepted request body in bytes")
    long maxRequestBytes() default 1_048_576;

    @AttributeDefinition(description = "Largest accepted bulk upload (text/csv) in bytes; spooled to disk, never held in memory")
    long maxUploadBytes() default 209_715_200;

    @AttributeDefinition(description = "Requests per minute per client address to unauthenticated endpoints")
    int anonymousRequestsPerMinute() default 30;

    @AttributeDefinition(description = "Requests per minute per client address to providers' callbacks (channel inbound URLs)")
    int callbackRequestsPerMinute() default 120_000;

    @AttributeDefinition(description = "Failed logins before an account is locked")
    int loginMaxFailures() default 5;

    @AttributeDefinition(description = "Minutes an account stays locked")
    int loginLockMinutes() default 15;

    @AttributeDefinition(description = "Hours a staff session lasts")
    int sessionHours() default 12;

    @AttributeDefinition(description = "Days an invitation stays valid")
    int invitationDays() default 7;

    @AttributeDefinition(description = "Base URL of this server as customers reach it")
    String publicBaseUrl() default "http://localhost:8181";
}
