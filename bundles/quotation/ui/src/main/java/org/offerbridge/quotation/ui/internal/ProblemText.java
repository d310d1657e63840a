package org.offerbridge.quotation.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.ProblemTexts;
import org.offerbridge.ui.api.Texts;

/**
 * What a problem the quote service reported means for staff, in one sentence naming the field at fault
 * ("Line 2, quantity: quantity must be greater than 0"). A problem with a message key is said in the user's language,
 * naming the field the same way ("Line 2, quantity is not a number."); otherwise the service's detail says what is wrong.
 */
final class ProblemText {
    /** {@code lines[1].quantity}, {@code recipients[0].email}, {@code lines[3]}. */
    private static final Pattern INDEXED = Pattern.compile("(lines|recipients)\\[(\\d+)\\](?:\\.(\\w+))?");
    static final String APPROVAL_REQUIRED = "approval-required";

    private ProblemText() {
    }

    static String of(ProblemException e, Texts t) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (APPROVAL_REQUIRED.equals(e.type())) {
            return t.get("problem.approvalRequired", detail);
        }
        if (e.status() == 403) {
            return t.get("problem.forbidden");
        }
        if (e.status() == 404) {
            return t.get("problem.gone");
        }
        String field = field(e.field(), t);
        if (e.status() == 409) {
            return t.get("problem.conflict", detail);
        }
        if (ProblemTexts.translatable(e)) {
            return ProblemTexts.of(e, t.locale(), field);
        }
        return field == null ? detail : t.get("problem.withField", field, detail);
    }

    /** The field's name for staff: "Line 2, quantity", "Valid until"; the raw name when there is no text for it. */
    static String field(String field, Texts t) {
        if (field == null || field.isBlank()) {
            return null;
        }
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            String row = t.get(m.group(1).equals("lines") ? "problem.line" : "problem.recipient", n);
            return m.group(3) == null ? row : t.get("problem.rowField", row, label(m.group(3), t));
        }
        return label(field, t);
    }

    private static String label(String name, Texts t) {
        return t.has("field." + name) ? t.get("field." + name) : name;
    }
}
