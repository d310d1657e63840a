package org.offerbridge.rfqform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The request-for-quote form's server settings, shipped as etc/org.offerbridge.rfqform.cfg. */
@ObjectClassDefinition(name = "Offerbridge request-for-quote form", description = "Anti-abuse limits of the public forms")
public @interface RfqFormConfig {
    String PID = "org.offerbridge.rfqform";

    @AttributeDefinition(description = "Submissions a workspace's form takes per UTC day; past it the form refuses politely and the workspace gets one system message that day")
    int dailyCap() default 200;

    @AttributeDefinition(description = "Seconds a browser form must at least have been open before it is sent (people are slower than bots)")
    int minFillSeconds() default 3;

    @AttributeDefinition(description = "Hours a served form stays valid for sending")
    int maxFormAgeHours() default 24;

    @AttributeDefinition(description = "Largest total size of a submission's files attached to the seller's notification email; larger files are linked to the request in the admin UI instead")
    long notifyAttachMaxBytes() default 5_242_880;

    @AttributeDefinition(description = "Minutes between retention runs (the first comes soon after start): submissions older than each workspace's retentionDays are purged")
    long retentionPeriodMinutes() default 60;
}
