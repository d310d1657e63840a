package org.offerbridge.channels.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How mailboxes are read, shipped as etc/org.offerbridge.channels.email.cfg. */
@ObjectClassDefinition(name = "Offerbridge email channels", description = "How the mailboxes of email channels are read")
public @interface EmailConfig {
    String PID = "org.offerbridge.channels.email";

    @AttributeDefinition(description = "Seconds between two looks into every connected mailbox (1-3600)")
    int pollSeconds() default 30;

    @AttributeDefinition(description = "Messages taken from one mailbox per look (1-500); the rest come on the next look")
    int maxPerPoll() default 50;

    @AttributeDefinition(description = "On a channel's first look, mail received up to this many seconds before the channel was created is taken too")
    int firstLookbackSeconds() default 300;

    @AttributeDefinition(description = "Keep each mailbox open in IMAP IDLE where its server offers it, so new mail is taken at once; polling stays as the fallback")
    boolean idle() default true;

    @AttributeDefinition(description = "Minutes after which an IDLE is ended and issued again (servers allow at most 29)")
    int idleRenewMinutes() default 10;
}
