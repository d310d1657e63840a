package org.offerbridge.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.themes.ValoTheme;

class ConfirmDialogTest {

    @Test
    void yesRunsTheActionNoDoesNot() {
        AtomicInteger ran = new AtomicInteger();
        ConfirmDialog d = new ConfirmDialog("quote-confirm", "Revise?", "Make a new revision?", "Revise", "Cancel", false, ran::incrementAndGet);
        assertEquals("quote-confirm", d.getId());
        assertEquals("Revise?", d.getCaption());
        Button yes = button(d, "quote-confirm-yes");
        Button no = button(d, "quote-confirm-no");
        assertEquals("Revise", yes.getCaption());
        assertTrue(yes.getStyleName().contains(ValoTheme.BUTTON_PRIMARY));
        no.click();
        assertEquals(0, ran.get());
        yes.click();
        assertEquals(1, ran.get());
    }

    @Test
    void aDestructiveQuestionShowsDanger() {
        ConfirmDialog d = new ConfirmDialog("confirm", "Please confirm", "Revoke?", "Yes", "Cancel", true, () -> { });
        assertTrue(button(d, "confirm-yes").getStyleName().contains(ValoTheme.BUTTON_DANGER));
    }

    private static Button button(Component root, String id) {
        List<Component> all = new ArrayList<>();
        collect(root, all);
        return (Button) all.stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static void collect(Component c, List<Component> into) {
        into.add(c);
        if (c instanceof HasComponents h) {
            h.forEach(x -> collect(x, into));
        }
    }
}
