package org.offerbridge.quotation.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.ui.api.Texts;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The public links made when the quote was sent: recipient, when, and whether it still works, with a revoke
 * action on the active ones. Their URLs are not here: the server keeps only a hash of each token.
 */
final class LinksGrid extends Grid<PublicLink> {
    private static final long serialVersionUID = 1L;
    private static final int VISIBLE_ROWS = 5;
    private List<PublicLink> links = List.of();
    private boolean mayRevoke;

    LinksGrid(QuoteLabels labels, Texts t, Consumer<PublicLink> revoke) {
        setId("quote-links");
        setWidth("100%");
        setSelectionMode(SelectionMode.NONE);
        addColumn(l -> l.recipientName() == null ? "" : l.recipientName()).setCaption(t.get("link.name")).setExpandRatio(2).setMinimumWidth(120);
        addColumn(l -> l.recipientEmail() == null ? "" : l.recipientEmail()).setCaption(t.get("link.email")).setExpandRatio(2)
                .setMinimumWidth(140);
        addColumn(l -> labels.time(l.createdAt())).setCaption(t.get("link.created")).setExpandRatio(2).setMinimumWidth(190);
        addColumn(l -> l.revokedAt() == null ? t.get("link.active") : t.get("link.revoked", labels.time(l.revokedAt())))
                .setCaption(t.get("link.state")).setExpandRatio(2).setMinimumWidth(120);
        addComponentColumn(l -> {
            if (l.revokedAt() != null || !mayRevoke) {
                return new Label();
            }
            Button b = new Button(t.get("link.revoke"), VaadinIcons.BAN);
            b.setId("quote-link-" + links.indexOf(l) + "-revoke");
            b.addStyleName(ValoTheme.BUTTON_SMALL);
            b.addStyleName(ValoTheme.BUTTON_DANGER);
            b.addClickListener(e -> revoke.accept(l));
            return b;
        }).setWidth(130);
        setBodyRowHeight(40);
    }

    void show(List<PublicLink> links, boolean mayRevoke) {
        this.links = List.copyOf(links);
        this.mayRevoke = mayRevoke;
        setItems(this.links);
        setHeightByRows(Math.max(1, Math.min(links.size(), VISIBLE_ROWS)));
    }
}
