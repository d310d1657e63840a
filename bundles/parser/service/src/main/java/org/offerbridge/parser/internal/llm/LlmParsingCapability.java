package org.offerbridge.parser.internal.llm;

import org.offerbridge.platform.api.Capability;
import org.osgi.service.component.annotations.Component;

/**
 * The LLM provider as a plan capability: plans that include {@code llm-parsing} may configure and use it;
 * others keep the built-in parser (and get 402 from /parser/llm).
 */
@Component(service = Capability.class)
public class LlmParsingCapability implements Capability {
    public static final String ID = "llm-parsing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "LLM request reading";
    }

    @Override
    public String description() {
        return "Lets an OpenAI-compatible model read requests, held to your catalog, with the built-in parser as fallback";
    }
}
