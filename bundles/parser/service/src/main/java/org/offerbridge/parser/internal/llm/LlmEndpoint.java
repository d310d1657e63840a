package org.offerbridge.parser.internal.llm;

/**
 * Where and how to ask the LLM for one tenant. {@code apiKey} is the plain key (null for none): this record
 * lives only for one parse and its {@link #toString()} never shows the key.
 */
public record LlmEndpoint(String baseUrl, String model, String apiKey, int timeoutMillis, int maxCandidates) {
    public static final int MIN_TIMEOUT_MILLIS = 500;
    public static final int MAX_TIMEOUT_MILLIS = 60_000;
    public static final int DEFAULT_TIMEOUT_MILLIS = 8000;
    public static final int DEFAULT_MAX_CANDIDATES = 150;

    public LlmEndpoint {
        timeoutMillis = Math.max(MIN_TIMEOUT_MILLIS, Math.min(MAX_TIMEOUT_MILLIS, timeoutMillis));
        maxCandidates = maxCandidates <= 0 ? DEFAULT_MAX_CANDIDATES : Math.min(maxCandidates, 2000);
        apiKey = apiKey == null || apiKey.isEmpty() ? null : apiKey;
    }

    @Override
    public String toString() {
        return "LlmEndpoint[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", timeoutMillis=" + timeoutMillis + ", maxCandidates=" + maxCandidates + "]";
    }
}
