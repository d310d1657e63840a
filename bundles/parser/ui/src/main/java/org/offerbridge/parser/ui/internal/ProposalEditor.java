package org.offerbridge.parser.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.ProposalLine;
import org.offerbridge.parser.api.RequestInbox.ItemEdit;
import org.offerbridge.parser.api.RequestInbox.LineEdit;
import org.offerbridge.parser.api.Span;
import org.offerbridge.parser.ui.internal.HighlightedText.Kind;
import org.offerbridge.parser.ui.internal.HighlightedText.Mark;
import org.offerbridge.parser.ui.internal.HighlightedText.Selection;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;

import com.vaadin.data.provider.ListDataProvider;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The proposal's lines and unmatched items as staff edit them: SKU picker and quantity per line, add and remove,
 * unmatched items with text and quantity that a chosen SKU turns into a line. Checks what it can before the
 * service sees it and marks the field of a problem the service names ({@code lines[1].quantity}).
 */
final class ProposalEditor extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** The edits to send, once every field is valid. */
    record Edits(List<LineEdit> lines, List<ItemEdit> unmatched) {
    }

    private final SkuPicker picker;
    private final Texts t;
    private final Runnable changed;
    private final Consumer<Selection> selected;
    private final List<LineRow> lines = new ArrayList<>();
    private final List<ItemRow> items = new ArrayList<>();
    private final Grid<LineRow> lineGrid = new Grid<>();
    private final Grid<ItemRow> itemGrid = new Grid<>();
    private final Label itemsTitle = new Label();
    private final Button addLine = new Button();
    private boolean editable;
    private boolean dirty;

    /**
     * @param changed  called after every change of lines or items (to redraw the highlighted text)
     * @param selected called with the line or item staff selected, or null
     */
    ProposalEditor(SkuPicker picker, Texts t, Runnable changed, Consumer<Selection> selected) {
        this.picker = picker;
        this.t = t;
        this.changed = changed;
        this.selected = selected;
        setMargin(false);
        setWidth("100%");

        Label linesTitle = new Label(t.get("lines"));
        linesTitle.addStyleName(ValoTheme.LABEL_H4);
        linesTitle.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        lineGrid.setId("request-lines");
        lineGrid.setWidth("100%");
        lineGrid.setDataProvider(new ListDataProvider<>(lines));
        lineGrid.addComponentColumn(r -> r.sku).setCaption(t.get("line.sku")).setExpandRatio(4).setMinimumWidth(200);
        lineGrid.addComponentColumn(r -> r.name).setCaption(t.get("line.name")).setExpandRatio(4).setMinimumWidth(140);
        lineGrid.addComponentColumn(r -> r.quantity).setCaption(t.get("line.quantity")).setExpandRatio(1).setMinimumWidth(90);
        lineGrid.addComponentColumn(r -> r.unit).setCaption(t.get("line.unit")).setExpandRatio(1).setMinimumWidth(60);
        lineGrid.addComponentColumn(r -> r.price).setCaption(t.get("line.price")).setExpandRatio(2).setMinimumWidth(100);
        lineGrid.addComponentColumn(r -> r.confidence).setCaption(t.get("line.confidence")).setExpandRatio(1).setMinimumWidth(70);
        lineGrid.addComponentColumn(r -> r.remove).setWidth(64);
        lineGrid.setBodyRowHeight(40);
        lineGrid.addSelectionListener(e -> {
            e.getFirstSelectedItem().ifPresent(r -> itemGrid.deselectAll());
            selected.accept(e.getFirstSelectedItem().map(r -> new Selection(Kind.LINE, lines.indexOf(r))).orElse(null));
        });

        addLine.setCaption(t.get("line.add"));
        addLine.setIcon(VaadinIcons.PLUS);
        addLine.setId("request-add-line");
        addLine.addStyleName(ValoTheme.BUTTON_SMALL);
        addLine.addClickListener(e -> {
            LineRow row = lineRow(new LineRow(picker.create(t.get("line.skuPlaceholder")), t.locale(), List.of()));
            lines.add(row);
            touched();
            row.sku.focus();
        });

        itemsTitle.setValue(t.get("items"));
        itemsTitle.addStyleName(ValoTheme.LABEL_H4);
        itemsTitle.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        itemGrid.setId("request-items");
        itemGrid.setWidth("100%");
        itemGrid.setDataProvider(new ListDataProvider<>(items));
        itemGrid.addComponentColumn(r -> r.text).setCaption(t.get("item.text")).setExpandRatio(5).setMinimumWidth(200);
        itemGrid.addComponentColumn(r -> r.quantity).setCaption(t.get("item.quantity")).setExpandRatio(1).setMinimumWidth(90);
        itemGrid.addComponentColumn(r -> r.toLine).setCaption(t.get("item.toLine")).setExpandRatio(4).setMinimumWidth(200);
        itemGrid.addComponentColumn(r -> r.remove).setWidth(64);
        itemGrid.setBodyRowHeight(40);
        itemGrid.addSelectionListener(e -> {
            e.getFirstSelectedItem().ifPresent(r -> lineGrid.deselectAll());
            if (e.getFirstSelectedItem().isPresent() || lineGrid.getSelectedItems().isEmpty()) {
                selected.accept(e.getFirstSelectedItem().map(r -> new Selection(Kind.UNMATCHED, items.indexOf(r))).orElse(null));
            }
        });

        addComponents(linesTitle, lineGrid, addLine, itemsTitle, itemGrid);
    }

    /** Shows the request's proposal; {@code editable} as its status and the user's role allow. */
    void load(IntakeRequest r, boolean editable) {
        this.editable = editable;
        lines.clear();
        items.clear();
        List<ProposalLine> proposal = r.proposal() == null ? List.of() : r.proposal();
        for (ProposalLine l : proposal) {
            List<Span> spans = FragmentSpans.of(l, r.text());
            if (ProposalLine.UNMATCHED.equals(l.kind())) {
                items.add(itemRow(ItemRow.of(l, picker.create(t.get("item.toLinePlaceholder")), t.locale(), spans)));
            } else {
                lines.add(lineRow(LineRow.of(l, picker.create(t.get("line.skuPlaceholder")), t.locale(), spans)));
            }
        }
        addLine.setVisible(editable);
        // a line with options shows them under its name: a taller row
        lineGrid.setBodyRowHeight(lines.stream().anyMatch(l -> !l.options().isEmpty()) ? 52 : 40);
        dirty = false;
        refreshGrids();
    }

    /** True when staff changed anything since the last load. */
    boolean dirty() {
        return dirty;
    }

    /** The fragments to highlight, titled with what they became. */
    List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow r = lines.get(i);
            String what = r.sku.getValue() == null ? t.get("mark.noSku") : r.sku.getValue().caption();
            String title = t.get("mark.line", i + 1, what, r.quantity.getValue());
            for (Span s : r.spans()) {
                out.add(new Mark(s, Kind.LINE, i, title));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            ItemRow r = items.get(i);
            String title = t.get("mark.item", i + 1, r.text.getValue());
            for (Span s : r.spans()) {
                out.add(new Mark(s, Kind.UNMATCHED, i, title));
            }
        }
        return out;
    }

    /** Selects the line or item a click on the text named; ignores indexes that are not there. */
    void select(Kind kind, int index) {
        if (kind == Kind.LINE && index >= 0 && index < lines.size()) {
            lineGrid.select(lines.get(index));
            lineGrid.scrollTo(index);
        } else if (kind == Kind.UNMATCHED && index >= 0 && index < items.size()) {
            itemGrid.select(items.get(index));
            itemGrid.scrollTo(index);
        }
    }

    /** The edits, or null after marking every field that is not valid. */
    Edits edits() {
        clearErrors();
        boolean valid = true;
        List<LineEdit> lineEdits = new ArrayList<>();
        for (LineRow r : lines) {
            if (r.sku.getValue() == null) {
                r.sku.setComponentError(new UserError(t.get("error.sku")));
                valid = false;
            }
            BigDecimal q = checkedQuantity(r.quantity, r::quantityValue, true);
            valid &= q != null;
            if (r.sku.getValue() != null && q != null) {
                lineEdits.add(new LineEdit(r.sku.getValue().sku(), q, r.options()));
            }
        }
        List<ItemEdit> itemEdits = new ArrayList<>();
        for (ItemRow r : items) {
            if (r.text.getValue().isBlank()) {
                r.text.setComponentError(new UserError(t.get("error.itemText")));
                valid = false;
            }
            BigDecimal q = r.quantity.getValue().isBlank() ? null : checkedQuantity(r.quantity, r::quantityValue, false);
            if (!r.quantity.getValue().isBlank() && q == null) {
                valid = false;
            }
            itemEdits.add(new ItemEdit(r.text.getValue().strip(), q));
        }
        return valid ? new Edits(lineEdits, itemEdits) : null;
    }

    /**
     * The editor's component for a field a problem names ({@code lines[i].sku|quantity}, {@code unmatched[i].text|quantity})
     * and what to call it ("Line 2, quantity"); null when it names none of the editor's fields.
     */
    FieldErrors.Target target(String field) {
        FieldPath p = FieldPath.parse(field);
        if (p == null || p.list() == null) {
            return null;
        }
        boolean quantity = "quantity".equals(p.leaf());
        if ("lines".equals(p.list()) && p.index() < lines.size()) {
            LineRow r = lines.get(p.index());
            return new FieldErrors.Target(quantity ? r.quantity : r.sku,
                    t.get("problem.line", p.index() + 1, t.get(quantity ? "line.quantity" : "line.sku")));
        }
        if ("unmatched".equals(p.list()) && p.index() < items.size()) {
            ItemRow r = items.get(p.index());
            return new FieldErrors.Target(quantity ? r.quantity : r.text,
                    t.get("problem.item", p.index() + 1, t.get(quantity ? "item.quantity" : "item.text")));
        }
        return null;
    }

    private LineRow lineRow(LineRow row) {
        row.sku.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                row.sku.setComponentError(null);
                if (e.getValue() != null) {
                    row.picked(e.getValue());
                }
                edited();
            }
        });
        row.quantity.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                checkedQuantity(row.quantity, row::quantityValue, true);
                edited();
            }
        });
        row.remove.setIcon(VaadinIcons.TRASH);
        row.remove.setDescription(t.get("line.remove"));
        row.remove.addClickListener(e -> {
            lines.remove(row);
            touched();
        });
        row.setEditable(editable);
        return row;
    }

    private ItemRow itemRow(ItemRow row) {
        row.text.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                row.text.setComponentError(null);
                edited();
            }
        });
        row.quantity.addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                if (!row.quantity.getValue().isBlank()) {
                    checkedQuantity(row.quantity, row::quantityValue, false);
                } else {
                    row.quantity.setComponentError(null);
                }
                edited();
            }
        });
        row.toLine.addValueChangeListener(e -> {
            if (e.isUserOriginated() && e.getValue() != null) {
                turnIntoLine(row, e.getValue());
            }
        });
        row.remove.setIcon(VaadinIcons.TRASH);
        row.remove.setDescription(t.get("item.remove"));
        row.remove.addClickListener(e -> {
            items.remove(row);
            touched();
        });
        row.setEditable(editable);
        return row;
    }

    /** Replaces an unmatched item by a line of the chosen product, keeping its quantity and text fragments. */
    private void turnIntoLine(ItemRow item, SkuChoice choice) {
        LineRow line = lineRow(new LineRow(picker.create(t.get("line.skuPlaceholder")), t.locale(), item.spans()));
        line.sku.setValue(choice);
        line.picked(choice);
        BigDecimal q;
        try {
            q = item.quantityValue();
        } catch (NumberFormatException e) {
            q = null;
        }
        line.quantity.setValue(Quantities.acceptable(q) ? Quantities.format(q, t.locale()) : "");
        items.remove(item);
        lines.add(line);
        touched();
        if (line.quantity.getValue().isEmpty()) {
            line.quantity.focus();
        }
    }

    /** The quantity, or null after marking the field (blank counts as missing when {@code required}). */
    private BigDecimal checkedQuantity(AbstractComponent field, java.util.function.Supplier<BigDecimal> value, boolean required) {
        BigDecimal q;
        try {
            q = value.get();
        } catch (NumberFormatException e) {
            field.setComponentError(new UserError(t.get("error.quantityNumber", Quantities.format(new BigDecimal("2.5"), t.locale()))));
            return null;
        }
        if (q == null && !required) {
            field.setComponentError(null);
            return null;
        }
        if (!Quantities.acceptable(q)) {
            field.setComponentError(new UserError(t.get("error.quantity", Quantities.MAX, Quantities.MAX_DECIMALS)));
            return null;
        }
        field.setComponentError(null);
        return q;
    }

    private void clearErrors() {
        for (LineRow r : lines) {
            r.sku.setComponentError(null);
            r.quantity.setComponentError(null);
        }
        for (ItemRow r : items) {
            r.text.setComponentError(null);
            r.quantity.setComponentError(null);
        }
    }

    /** A field's value changed. */
    private void edited() {
        dirty = true;
        changed.run();
    }

    /** Rows were added or removed. */
    private void touched() {
        dirty = true;
        refreshGrids();
        changed.run();
    }

    private void refreshGrids() {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).setIndex(i);
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setIndex(i);
        }
        lineGrid.getDataProvider().refreshAll();
        itemGrid.getDataProvider().refreshAll();
        lineGrid.setHeightByRows(Math.max(1, Math.min(lines.size(), 8)));
        itemGrid.setHeightByRows(Math.max(1, Math.min(items.size(), 6)));
        boolean anyItems = !items.isEmpty();
        itemsTitle.setVisible(anyItems);
        itemGrid.setVisible(anyItems);
        lineGrid.getColumns().get(lineGrid.getColumns().size() - 1).setHidden(!editable);
        itemGrid.getColumns().get(itemGrid.getColumns().size() - 1).setHidden(!editable);
        itemGrid.getColumns().get(2).setHidden(!editable);
    }
}
