package org.offerbridge.parser.internal.llm;

/**
 * Why the LLM provider gave no usable answer, in one line fit for a system message: never the key, the
 * customer's text or the model's reply.
 */
public class LlmFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public LlmFailure(String reason) {
        super(reason, null, false, false); // no stack trace: an expected outcome, reported as one line
    }
}
