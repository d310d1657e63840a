package org.offerbridge.ui.api;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A dashboard figure that is a count ("Customers: 1,204"): the caption comes from the subclass's
 * {@code messages*.properties}, the number is formatted in the user's locale.
 */
public abstract class CountFigure implements DashboardFigure {
    private final String id;
    private final String capability;
    private final String captionKey;
    private final int order;

    protected CountFigure(String id, String capability, String captionKey, int order) {
        this.id = id;
        this.capability = capability;
        this.captionKey = captionKey;
        this.order = order;
    }

    /** The count for the tenant bound while it runs. */
    protected abstract long count();

    @Override
    public String id() {
        return id;
    }

    @Override
    public String capability() {
        return capability;
    }

    @Override
    public String caption(Locale locale) {
        return Texts.of(getClass(), locale).get(captionKey);
    }

    @Override
    public String value(UiSession session) {
        return NumberFormat.getIntegerInstance(session.locale()).format(session.call(this::count));
    }

    @Override
    public int order() {
        return order;
    }
}
