package org.offerbridge.rfqform.api;

import java.util.List;

/**
 * A change of the form's settings: a null field is left as it is; an empty text clears an optional one.
 * {@code allProducts} true offers every active product ({@code products} is then ignored); a list in {@code products}
 * offers those SKUs only.
 */
public record FormSettingsChange(Boolean enabled, Boolean notifySeller, List<String> recipients, String buttonLabel, String customerText,
        Integer retentionDays, Boolean allProducts, List<String> products, List<String> requiredFields, String thankYouText,
        List<String> languages) {
}
