package org.offerbridge.quotation.ui.internal;

import java.util.List;

import org.offerbridge.quotation.api.TimelineEvent;
import org.offerbridge.ui.api.Texts;

import com.vaadin.ui.Grid;

/** A quote's recorded steps, oldest first: when, what, who, the status change and the detail. */
final class TimelineGrid extends Grid<TimelineEvent> {
    private static final long serialVersionUID = 1L;
    private static final int VISIBLE_ROWS = 8;

    TimelineGrid(QuoteLabels labels, Texts t) {
        setId("quote-timeline");
        setWidth("100%");
        setSelectionMode(SelectionMode.NONE);
        addColumn(e -> labels.time(e.at())).setCaption(t.get("timeline.when")).setExpandRatio(2).setMinimumWidth(190);
        addColumn(e -> labels.event(e.type())).setCaption(t.get("timeline.event")).setExpandRatio(2).setMinimumWidth(120);
        addColumn(e -> labels.actor(e.actor())).setCaption(t.get("timeline.who")).setExpandRatio(2).setMinimumWidth(150);
        addColumn(e -> labels.transition(e.from(), e.to())).setCaption(t.get("timeline.status")).setExpandRatio(2).setMinimumWidth(130);
        addColumn(e -> e.detail() == null ? "" : e.detail()).setCaption(t.get("timeline.detail")).setExpandRatio(3).setMinimumWidth(120)
                .setDescriptionGenerator(e -> e.detail());
    }

    void show(List<TimelineEvent> events) {
        setItems(events);
        setHeightByRows(Math.max(1, Math.min(events.size(), VISIBLE_ROWS)));
    }
}
