package org.offerbridge.catalog.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.CustomComponent;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A product's options in the product form: each option a name with its values, each value with an optional price
 * difference; options and values are added and removed with buttons. Rows left entirely empty are ignored; the
 * catalog's refusals ({@code options[1].values[0].value}) find their field through {@link #target}.
 */
final class OptionsEditor extends CustomComponent {
    private static final long serialVersionUID = 1L;
    /** Up to this many rows the editor grows with its content; beyond it scrolls inside the form. */
    private static final int ROWS_BEFORE_SCROLLING = 8;
    private static final Pattern FIELD = Pattern.compile("options(?:\\[(\\d+)\\](?:\\.(name|values)(?:\\[(\\d+)\\](?:\\.(value|priceDelta))?)?)?)?");

    private final Texts t;
    private final Locale locale;
    private final int maxOptions;
    private final int maxValues;
    private final List<OptionRow> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Panel scroller = new Panel(list);
    private final Button addOption;
    private boolean readOnly;
    /** For each option the catalog was given: its row, and for each of its values the row it came from. */
    private final List<OptionRow> given = new ArrayList<>();

    OptionsEditor(Texts t, Locale locale, int maxOptions, int maxValues) {
        this.t = t;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.maxOptions = maxOptions;
        this.maxValues = maxValues;
        setId("product-options");
        setCaption(t.get("field.options"));
        setWidth("100%");
        list.setMargin(false);
        list.setSpacing(true);
        scroller.addStyleName(ValoTheme.PANEL_BORDERLESS);
        addOption = new Button(t.get("option.add"), VaadinIcons.PLUS);
        addOption.setId("product-option-add");
        addOption.addStyleName(ValoTheme.BUTTON_SMALL);
        addOption.addClickListener(e -> {
            OptionRow row = new OptionRow();
            rows.add(row);
            row.addValue("", "");
            render();
            row.name.focus();
        });
        Label help = new Label(t.get("option.help"));
        help.setWidth("100%");
        help.addStyleName(ValoTheme.LABEL_SMALL);
        VerticalLayout root = new VerticalLayout(help, scroller, addOption);
        root.setMargin(false);
        root.setSpacing(false);
        setCompositionRoot(root);
        render();
    }

    /** Shows {@code options}, price differences with at least {@code currency}'s minor digits and a sign ("+2.50"). */
    void setOptions(List<ProductOption> options, String currency) {
        rows.clear();
        int digits = currency == null ? 2 : Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        for (ProductOption o : options) {
            OptionRow row = new OptionRow();
            row.name.setValue(o.name());
            o.values().forEach(v -> row.addValue(v.value(), delta(v.priceDelta(), digits)));
            rows.add(row);
        }
        render();
    }

    void setEditable(boolean editable) {
        this.readOnly = !editable;
        render();
    }

    /**
     * The options as typed, for the catalog to check; {@code number} reads a price difference naming its field (and
     * throws for one that is not a number). Empty rows are left out.
     */
    List<ProductOption> options(BiFunction<String, String, BigDecimal> number) {
        given.clear();
        List<ProductOption> out = new ArrayList<>();
        for (OptionRow row : rows) {
            row.givenValues.clear();
            List<ProductOption.Value> values = new ArrayList<>();
            int i = out.size();
            given.add(row); // before reading its numbers: a refused one is shown on this row
            for (ValueRow v : row.values) {
                if (v.value.getValue().isBlank() && v.delta.getValue().isBlank()) {
                    continue;
                }
                String field = "options[" + i + "].values[" + values.size() + "].priceDelta";
                row.givenValues.add(v);
                values.add(new ProductOption.Value(v.value.getValue(), readDelta(number, field, v.delta.getValue())));
            }
            if (row.name.getValue().isBlank() && values.isEmpty()) {
                given.remove(given.size() - 1);
                continue;
            }
            out.add(new ProductOption(row.name.getValue(), values));
        }
        return out;
    }

    private static BigDecimal readDelta(BiFunction<String, String, BigDecimal> number, String field, String text) {
        String v = text.strip();
        return number.apply(field, v.startsWith("+") ? v.substring(1).strip() : v);
    }

    /** The component and caption for a refused field of the last {@link #options} (null when it names none here). */
    FieldErrors.Target target(String field) {
        Matcher m = field == null ? null : FIELD.matcher(field);
        if (m == null || !m.matches()) {
            return null;
        }
        if (m.group(1) == null) {
            return new FieldErrors.Target(addOption, getCaption());
        }
        int i = Integer.parseInt(m.group(1));
        if (i >= given.size()) {
            return new FieldErrors.Target(addOption, getCaption());
        }
        OptionRow row = given.get(i);
        String option = row.name.getValue().isBlank() ? t.get("option.numbered", i + 1) : row.name.getValue().strip();
        if (m.group(2) == null || m.group(2).equals("name")) {
            return new FieldErrors.Target(row.name, t.get("option.name"));
        }
        if (m.group(3) == null) {
            return new FieldErrors.Target(row.addValue, t.get("option.values", option));
        }
        int j = Integer.parseInt(m.group(3));
        if (j >= row.givenValues.size()) {
            return new FieldErrors.Target(row.addValue, t.get("option.values", option));
        }
        ValueRow v = row.givenValues.get(j);
        return "priceDelta".equals(m.group(4)) ? new FieldErrors.Target(v.delta, t.get("option.priceDeltaOf", option))
                : new FieldErrors.Target(v.value, t.get("option.valueOf", option));
    }

    /** The components errors may be shown on, to clear them before the next save. */
    List<AbstractComponent> fields() {
        List<AbstractComponent> out = new ArrayList<>();
        out.add(addOption);
        for (OptionRow row : rows) {
            out.add(row.name);
            out.add(row.addValue);
            row.values.forEach(v -> {
                out.add(v.value);
                out.add(v.delta);
            });
        }
        return out;
    }

    private String delta(BigDecimal d, int digits) {
        if (d == null || d.signum() == 0) {
            return "";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setGroupingUsed(false);
        nf.setMinimumFractionDigits(digits);
        nf.setMaximumFractionDigits(Math.max(digits, d.stripTrailingZeros().scale()));
        return (d.signum() > 0 ? "+" : "") + nf.format(d);
    }

    /** Lays the rows out again with ids by position (option-1-value-2 stays the second value of the second option). */
    private void render() {
        list.removeAllComponents();
        int shownRows = 0;
        for (int i = 0; i < rows.size(); i++) {
            OptionRow row = rows.get(i);
            row.layout(i);
            list.addComponent(row.box);
            shownRows += 1 + row.values.size();
        }
        list.setVisible(!rows.isEmpty());
        scroller.setHeight(shownRows > ROWS_BEFORE_SCROLLING ? "22em" : null);
        addOption.setVisible(!readOnly);
        addOption.setEnabled(rows.size() < maxOptions);
    }

    /** One option: its name, its values and the buttons that change them. */
    private final class OptionRow {
        final TextField name = new TextField();
        final List<ValueRow> values = new ArrayList<>();
        final List<ValueRow> givenValues = new ArrayList<>();
        final Button remove = new Button(VaadinIcons.TRASH);
        final Button addValue = new Button(t.get("option.addValue"), VaadinIcons.PLUS);
        final VerticalLayout box = new VerticalLayout();

        OptionRow() {
            name.setPlaceholder(t.get("option.namePlaceholder"));
            name.setWidth("100%");
            name.addStyleName(ValoTheme.TEXTFIELD_SMALL);
            remove.setDescription(t.get("option.remove"));
            remove.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
            remove.addClickListener(e -> {
                rows.remove(this);
                render();
            });
            addValue.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_LINK);
            addValue.addClickListener(e -> {
                ValueRow v = addValue("", "");
                render();
                v.value.focus();
            });
            box.setMargin(false);
            box.setSpacing(false);
            box.addStyleName("product-option");
        }

        ValueRow addValue(String value, String delta) {
            ValueRow v = new ValueRow(this);
            v.value.setValue(value);
            v.delta.setValue(delta);
            values.add(v);
            return v;
        }

        void layout(int i) {
            name.setId("product-option-" + i + "-name");
            remove.setId("product-option-" + i + "-remove");
            addValue.setId("product-option-" + i + "-add-value");
            name.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
            addValue.setVisible(!readOnly);
            addValue.setEnabled(values.size() < maxValues);
            HorizontalLayout head = new HorizontalLayout(name, remove);
            head.setWidth("100%");
            head.setExpandRatio(name, 1);
            head.setComponentAlignment(remove, Alignment.MIDDLE_RIGHT);
            box.removeAllComponents();
            box.addComponent(head);
            for (int j = 0; j < values.size(); j++) {
                box.addComponent(values.get(j).layout(i, j));
            }
            box.addComponent(addValue);
        }
    }

    /** One allowed value and its price difference. */
    private final class ValueRow {
        final TextField value = new TextField();
        final TextField delta = new TextField();
        final Button remove = new Button(VaadinIcons.CLOSE_SMALL);

        ValueRow(OptionRow option) {
            value.setPlaceholder(t.get("option.valuePlaceholder"));
            value.setWidth("100%");
            value.addStyleName(ValoTheme.TEXTFIELD_SMALL);
            delta.setPlaceholder(t.get("option.priceDeltaPlaceholder"));
            delta.setDescription(t.get("option.priceDelta"));
            delta.setWidth("8em");
            delta.addStyleNames(ValoTheme.TEXTFIELD_SMALL, ValoTheme.TEXTFIELD_ALIGN_RIGHT);
            remove.setDescription(t.get("option.removeValue"));
            remove.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
            remove.addClickListener(e -> {
                option.values.remove(this);
                render();
            });
        }

        HorizontalLayout layout(int i, int j) {
            value.setId("product-option-" + i + "-value-" + j);
            delta.setId("product-option-" + i + "-delta-" + j);
            remove.setId("product-option-" + i + "-remove-value-" + j);
            value.setReadOnly(readOnly);
            delta.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
            HorizontalLayout line = new HorizontalLayout(value, delta, remove);
            line.setWidth("100%");
            line.setSpacing(true);
            line.setExpandRatio(value, 1);
            line.addStyleName("product-option-value");
            return line;
        }
    }
}
