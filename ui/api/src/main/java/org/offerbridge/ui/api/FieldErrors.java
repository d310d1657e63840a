package org.offerbridge.ui.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.offerbridge.platform.api.rest.ProblemException;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Component;

/**
 * Shows a service's 400 on the form component for the field it names ({@link ProblemException#field()}): the
 * component gets the translated message ({@link ProblemTexts}, naming the field by the component's caption) as
 * its error and the focus. Fields are bound by name, or by a resolver for indexed names such as
 * {@code lines[2].quantity}.
 *
 * <pre>
 * FieldErrors errors = new FieldErrors(session.locale()).bind("name", name).bind("price", price);
 * if (errors.attempt(session, () -&gt; catalog.create(draft))) {
 *     close();
 * }
 * </pre>
 *
 * @since 1.4
 */
public final class FieldErrors {

    /** The component for a field and what the message calls it (its caption when null). */
    public record Target(AbstractComponent component, String caption) {
        public Target(AbstractComponent component) {
            this(component, null);
        }
    }

    private final Locale locale;
    private final Map<String, AbstractComponent> byName = new LinkedHashMap<>();
    private final List<Function<String, Target>> resolvers = new ArrayList<>();
    private final Set<AbstractComponent> marked = new LinkedHashSet<>();

    public FieldErrors(Locale locale) {
        this.locale = locale;
    }

    /** Binds the field {@code name} to {@code component}. */
    public FieldErrors bind(String name, AbstractComponent component) {
        byName.put(name, component);
        return this;
    }

    /** Binds the fields {@code resolver} knows (null for others), asked after the names bound directly. */
    public FieldErrors bind(Function<String, Target> resolver) {
        resolvers.add(resolver);
        return this;
    }

    /** The target of a field name, or null when no component shows it. */
    public Target targetOf(String field) {
        if (field == null) {
            return null;
        }
        AbstractComponent c = byName.get(field);
        if (c != null) {
            return new Target(c);
        }
        for (Function<String, Target> r : resolvers) {
            Target t = r.apply(field);
            if (t != null && t.component() != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * Clears the errors shown, then runs {@code work} through the session. A problem it throws is shown on its field,
     * else as a notification; anything else goes on to the UI's error handler. True when {@code work} succeeded.
     */
    public boolean attempt(UiSession session, Runnable work) {
        clear();
        try {
            session.run(work);
            return true;
        } catch (ProblemException e) {
            if (show(e)) {
                // shown on its field: still one of the failed calls "Report a problem" lists
                session.noteFailure(e);
            } else {
                session.notifyError(e);
            }
            return false;
        }
    }

    /**
     * Marks the component of the 400's field with the translated message and focuses it; false (nothing marked)
     * for other problems or fields no component shows.
     */
    public boolean show(ProblemException e) {
        Target target = e.status() == 400 ? targetOf(e.field()) : null;
        if (target == null) {
            return false;
        }
        mark(target.component(), text(e));
        return true;
    }

    /** The problem's text in the staff member's language, naming its field as this form does. */
    public String text(ProblemException e) {
        Target target = targetOf(e.field());
        String caption = target == null ? null : target.caption() != null ? target.caption() : target.component().getCaption();
        return ProblemTexts.of(e, locale, caption);
    }

    /** Shows {@code message} as the component's error and focuses it (a check of the form's own). */
    public void mark(AbstractComponent component, String message) {
        component.setComponentError(new UserError(message));
        marked.add(component);
        if (component instanceof Component.Focusable f) {
            f.focus();
        }
    }

    /** Removes the errors shown on bound and marked components, before the next attempt. */
    public void clear() {
        byName.values().forEach(c -> c.setComponentError(null));
        marked.forEach(c -> c.setComponentError(null));
        marked.clear();
    }
}
