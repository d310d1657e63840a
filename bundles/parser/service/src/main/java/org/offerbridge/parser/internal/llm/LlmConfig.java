package org.offerbridge.parser.internal.llm;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The server-wide LLM provider, shipped disabled as etc/org.offerbridge.parser.llm.cfg; tenants may override it. */
@ObjectClassDefinition(name = "Offerbridge parser: LLM provider",
        description = "An OpenAI-compatible chat-completions endpoint that reads requests before the built-in parser")
public @interface LlmConfig {
    String PID = "org.offerbridge.parser.llm";

    @AttributeDefinition(description = "Use the LLM provider for tenants without their own setting")
    boolean enabled() default false;

    @AttributeDefinition(description = "Base URL; requests go to <baseUrl>/chat/completions")
    String baseUrl() default "";

    @AttributeDefinition(description = "Model name as the endpoint knows it")
    String model() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Sent as a bearer token; empty for none")
    String apiKey() default "";

    @AttributeDefinition(description = "Milliseconds before falling back to the built-in parser (500-60000)")
    int timeoutMillis() default 8000;

    @AttributeDefinition(description = "At most this many catalog products are offered to the model per message")
    int maxCandidates() default 150;
}
