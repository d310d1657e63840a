package org.offerbridge.rfqform.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.rest.BrowserRefusalPages;
import org.osgi.service.component.annotations.Component;

/**
 * The form's pages for browsers the platform's gateway refuses before the form runs: a post over the size limit (a
 * customer attaching a big drawing) and an address over the anonymous rate limit. Claims only the form's own address,
 * {@code /rfq/{token}} (not the embed script); the page is in the visitor's language among the form languages, with a
 * link back to the form. Nothing is looked up: the gateway has not checked the token, and an unknown one gets the same page.
 */
@Component
public class RefusalPages implements BrowserRefusalPages {
    /** {@code rfq/{token}} as {@link PublicFormResource} serves it. */
    private static final Pattern FORM = Pattern.compile("/?rfq/([^/]+)/?");

    @Override
    public Optional<Page> page(String path, Facts facts, String acceptLanguage) {
        Matcher m = FORM.matcher(path == null ? "" : path);
        if (!m.matches() || facts == null) {
            return Optional.empty();
        }
        return Optional.of(new Page(html(m.group(1), facts, acceptLanguage), FormPage.HEADERS));
    }

    /** The page; {@code token} is the path's last segment as sent, so the link back is relative and escaped. */
    static String html(String token, Facts facts, String acceptLanguage) {
        Locale locale = FormValues.DEFAULTS.language(null, acceptLanguage);
        Texts t = Texts.of(locale);
        return switch (facts.refusal()) {
            case PAYLOAD_TOO_LARGE -> FormPage.message(t, "tooLarge", token, FormPage.size(facts.limitBytes(), locale));
            case RATE_LIMITED -> FormPage.message(t, "busy", token, Math.max(1, facts.retryAfterSeconds()));
        };
    }
}
