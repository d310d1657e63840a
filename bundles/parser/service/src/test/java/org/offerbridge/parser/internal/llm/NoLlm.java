package org.offerbridge.parser.internal.llm;

import java.util.Optional;
import java.util.Set;

import org.offerbridge.platform.api.RequestContext;

/** The LLM reading as a workspace whose plan lacks it sees it: always empty, so the built-in parser answers. */
public final class NoLlm {
    private NoLlm() {
    }

    public static LlmParsing parsing(RequestContext context) {
        return new LlmParsing(Optional::empty, null, null, context, LlmParsingTest.plansWith(Set.of("parser")));
    }
}
