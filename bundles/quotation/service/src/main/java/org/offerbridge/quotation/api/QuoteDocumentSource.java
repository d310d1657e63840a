package org.offerbridge.quotation.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The data of a quote's document for the bound tenant; empty for unknown ids and other tenants' quotes. */
@ProviderType
public interface QuoteDocumentSource {
    Optional<QuoteDocumentData> document(String quoteId);
}
