package org.offerbridge.parser.internal.llm;

import java.util.List;
import java.util.Optional;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.parser.engine.ParseResult;
import org.offerbridge.parser.engine.ParsedLine;
import org.offerbridge.parser.internal.CatalogIndexCache;
import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.TenantPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The optional LLM reading of a message, grounded in the tenant's catalog. Empty when the tenant's plan lacks
 * {@code llm-parsing}, when no provider is switched on for the tenant, or when it failed (then the failure is
 * reported and the caller uses the built-in parser's result).
 */
@Component(service = LlmParsing.class)
public class LlmParsing {
    private static final Logger LOG = LoggerFactory.getLogger(LlmParsing.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the bound tenant's endpoint comes from; a seam for tests. */
    interface EndpointSource {
        Optional<LlmEndpoint> forBoundTenant() throws LlmFailure;
    }

    private final EndpointSource endpoints;
    private final ChatCompletionsClient client;
    private final FailureReports failures;
    private final RequestContext context;
    private final CapabilityRegistry capabilities;

    @Activate
    public LlmParsing(@Reference LlmEndpoints endpoints, @Reference ChatCompletionsClient client, @Reference FailureReports failures,
            @Reference RequestContext context, @Reference CapabilityRegistry capabilities) {
        this(endpoints::forBoundTenant, client, failures, context, capabilities);
    }

    LlmParsing(EndpointSource endpoints, ChatCompletionsClient client, FailureReports failures, RequestContext context,
            CapabilityRegistry capabilities) {
        this.capabilities = capabilities;
        this.endpoints = endpoints;
        this.client = client;
        this.failures = failures;
        this.context = context;
    }

    public Optional<ParseResult> parse(String text, CatalogIndexCache.Snapshot catalog, ParseResult builtin) {
        if (text == null || text.isBlank()) {
            return Optional.empty(); // nothing to ask: spare the call
        }
        TenantPrincipal caller = context.require();
        if (!capabilities.planIncludes(caller.planId(), LlmParsingCapability.ID)) {
            return Optional.empty(); // the plan does not include it, whatever is configured
        }
        String tenant = caller.tenantId();
        try {
            Optional<LlmEndpoint> endpoint = endpoints.forBoundTenant();
            return endpoint.isEmpty() ? Optional.empty() : Optional.of(ask(endpoint.get(), text, catalog, builtin));
        } catch (LlmFailure f) {
            failures.failed(tenant, f.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // a defect here must not cost the customer the answer: the built-in parser still gives one
            LOG.warn("The LLM provider path failed unexpectedly; answering with the built-in parser", e);
            failures.failed(tenant, "internal error (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    ParseResult ask(LlmEndpoint endpoint, String text, CatalogIndexCache.Snapshot catalog, ParseResult builtin) throws LlmFailure {
        List<String> builtinSkus = builtin.lines().stream().map(ParsedLine::sku).toList();
        List<Product> candidates = CandidateShortlist.select(text, catalog.bySku(), builtinSkus, endpoint.maxCandidates());
        byte[] request = ChatRequest.body(JSON, endpoint.model(), text, candidates);
        LlmReply reply = ReplyReader.read(client.post(endpoint, request));
        return Grounding.ground(reply, catalog.bySku(), builtin);
    }
}
