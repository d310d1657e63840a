package org.offerbridge.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.TextField;

class FieldErrorsTest {
    private final TextField name = new TextField("Firmenname");
    private final TextField quantity = new TextField();
    private final FieldErrors errors = new FieldErrors(Locale.GERMAN).bind("name", name)
            .bind(f -> f.equals("lines[0].quantity") ? new FieldErrors.Target(quantity, "Position 1, Menge") : null);

    @Test
    void marksTheNamedFieldWithTheTranslatedMessage() {
        ProblemException e = FieldRules.invalid("name", "name is required", "field.required", "name");
        assertTrue(errors.show(e));
        assertEquals("Firmenname ist erforderlich.", error(name));
        errors.clear();
        assertNull(name.getComponentError());
    }

    @Test
    void resolvesIndexedFieldsWithTheirOwnName() {
        ProblemException e = FieldRules.invalid("lines[0].quantity", "x", "field.number", "lines[0].quantity");
        assertTrue(errors.show(e));
        assertEquals("Position 1, Menge ist keine Zahl.", error(quantity));
        errors.clear();
        assertNull(quantity.getComponentError());
    }

    @Test
    void leavesOtherProblemsToTheCaller() {
        assertFalse(errors.show(ProblemException.invalid("unknown", "x")));
        assertFalse(errors.show(ProblemException.conflict("name taken")), "not a 400");
        assertFalse(errors.show(new ProblemException(400, "validation", "Invalid", "no field", null)));
        assertNull(name.getComponentError());
        assertEquals("price must not be negative", errors.text(ProblemException.invalid("price", "price must not be negative")));
    }

    @Test
    void marksAFormsOwnCheck() {
        errors.mark(quantity, "Menge fehlt");
        assertEquals("Menge fehlt", error(quantity));
        errors.clear();
        assertNull(quantity.getComponentError());
    }

    @Test
    void aProblemShownOnItsFieldIsStillKeptForReportAProblem() {
        List<String> calls = new ArrayList<>();
        UiSession session = (UiSession) Proxy.newProxyInstance(UiSession.class.getClassLoader(), new Class<?>[] {UiSession.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("run")) {
                        ((Runnable) args[0]).run();
                    }
                    return null;
                });
        ProblemException onField = FieldRules.invalid("name", "name is required", "field.required", "name");
        assertFalse(errors.attempt(session, () -> {
            throw onField;
        }));
        assertEquals(List.of("run", "noteFailure"), calls);
        calls.clear();
        assertFalse(errors.attempt(session, () -> {
            throw ProblemException.conflict("name taken");
        }));
        assertEquals(List.of("run", "notifyError"), calls);
    }

    private static String error(AbstractComponent c) {
        return ((UserError) c.getComponentError()).getMessage();
    }
}
