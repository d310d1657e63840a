package org.offerbridge.rfqform.api;

import java.util.List;

/**
 * A workspace's request-for-quote form as it is set up.
 *
 * @param enabled        whether the public form answers (404 while off)
 * @param notifySeller       whether the seller is told of each submission by email
 * @param recipients     who is told: each an email address or, without {@code @}, the id of a workspace user (told at
 *                       the user's current email while active); empty: the workspace's admins
 * @param buttonLabel    the label of the embed button; null: "Request a quote" in the customer's language
 * @param customerText   a text shown to customers above the form, or null
 * @param retentionDays  how long submissions and their files are kept (1 to 365)
 * @param products       the SKUs the form offers; null for all active products
 * @param requiredFields contact fields the customer must fill ({@code name, email, phone, company, message}); email or
 *                       phone is always among them, so the seller can answer
 * @param thankYouText   the text of the thank-you page, or null for the standard one
 * @param languages      the languages the form speaks, the first being its default ({@code en, de, fr, es, ru, uk, hi})
 * @param formUrl        the public form's address
 * @param embedSnippet   HTML for the seller's page: a script that draws the button and opens the form in an overlay,
 *                       with a plain link for browsers without scripts
 * @param linkSnippet    a plain link to the form, for pages that allow no scripts
 * @param iframeSnippet  the form in an inline frame, for pages that allow no scripts
 * @param channelId      the workspace's webform channel, where submissions arrive; null until the form is first enabled
 */
public record FormSettings(boolean enabled, boolean notifySeller, List<String> recipients, String buttonLabel, String customerText,
        int retentionDays, List<String> products, List<String> requiredFields, String thankYouText, List<String> languages,
        String formUrl, String embedSnippet, String linkSnippet, String iframeSnippet, String channelId) {

    public FormSettings {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        products = products == null ? null : List.copyOf(products);
        requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
