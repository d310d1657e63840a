package org.offerbridge.platform.internal.support;

import java.util.regex.Pattern;

/**
 * Masks credentials a user may paste or a URL may carry before a report is stored: API keys ({@code obk_…}), customers'
 * quote links ({@code /q/<token>}), bearer tokens, {@code password=}/{@code token=}-style pairs and any other long
 * random token (our secrets are 43 URL-safe characters; a UUID, 36, stays). An operator reading the report sees where one was, not what.
 */
final class SupportMasks {
    static final String MASK = "…";
    private static final Pattern API_KEY = Pattern.compile("obk_[A-Za-z0-9_-]*");
    private static final Pattern QUOTE_LINK = Pattern.compile("/q/[^/?#\\s]+");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[^\\s,;]+");
    private static final Pattern PAIR = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|passphrase|secret|token|api[_-]?key|apikey|session|authorization)(\\s*[=:]\\s*)(\"[^\"]*\"|[^\\s&,;]+)");
    /** Long runs of URL-safe characters: session, invitation and link tokens wherever they appear. */
    private static final Pattern LONG_TOKEN = Pattern.compile("[A-Za-z0-9_-]{40,}");

    private SupportMasks() {
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String v = API_KEY.matcher(text).replaceAll("obk_" + MASK);
        v = QUOTE_LINK.matcher(v).replaceAll("/q/" + MASK);
        v = BEARER.matcher(v).replaceAll("$1 " + MASK);
        v = PAIR.matcher(v).replaceAll("$1$2" + MASK);
        return LONG_TOKEN.matcher(v).replaceAll(MASK);
    }
}
