package org.offerbridge.catalog.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.InvalidProductException;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.FieldErrors;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.data.Binder;
import com.vaadin.data.HasValue;
import com.vaadin.data.ValueProvider;
import com.vaadin.server.Setter;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Creates or edits one product. Errors from the catalog's rules are shown on the field they name. */
final class ProductForm extends Window {
    private static final long serialVersionUID = 1L;
    /** The catalog's limits (its rules refuse more; the form only stops offering to add). */
    private static final int MAX_OPTIONS = 10;
    private static final int MAX_OPTION_VALUES = 50;

    /** The form's values as staff typed them; numbers are read when saving, in the user's notation. */
    static final class Values {
        String sku = "";
        String name = "";
        String description = "";
        String unit;
        String price = "";
        String currency = "";
        String taxRate = "";
        String stock = "";
        String aliases = "";
        boolean active = true;
    }

    private final UiSession session;
    private final CatalogService catalog;
    private final Product product;
    private final Runnable saved;
    private final Texts t;
    private final TextField sku = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<String> unit = new ComboBox<>();
    private final TextField price = new TextField();
    private final TextField currency = new TextField();
    private final TextField taxRate = new TextField();
    private final TextField stock = new TextField();
    private final TextArea aliases = new TextArea();
    private final CheckBox active = new CheckBox();
    private final OptionsEditor options;
    /** Shown above the form: a blocking error notification would stop the user correcting the field. */
    private final Label problem = new Label();
    private final Binder<Values> binder = new Binder<>();
    private final FieldErrors errors;

    ProductForm(UiSession session, CatalogService catalog, Product product, boolean editable, Runnable saved) {
        this.session = session;
        this.catalog = catalog;
        this.product = product;
        this.saved = saved;
        this.t = Texts.of(ProductForm.class, session.locale());
        setId("catalog-product-form");
        setCaption(product == null ? t.get("new") : product.sku());
        setModal(true);
        setWidth("640px");
        errors = new FieldErrors(session.locale());
        options = new OptionsEditor(t, session.locale(), MAX_OPTIONS, MAX_OPTION_VALUES);
        errors.bind(options::target);
        field(sku, "product-sku", "field.sku", "sku", (v, x) -> v.sku = x, v -> v.sku);
        field(name, "product-name", "field.name", "name", (v, x) -> v.name = x, v -> v.name);
        field(description, null, "field.description", "description", (v, x) -> v.description = x, v -> v.description);
        field(unit, "product-unit", "field.unit", "unit", (v, x) -> v.unit = x, v -> v.unit);
        field(price, "product-price", "field.price", "price", (v, x) -> v.price = x, v -> v.price);
        field(currency, "product-currency", "field.currency", "currency", (v, x) -> v.currency = x, v -> v.currency);
        field(taxRate, null, "field.taxRate", "taxRate", (v, x) -> v.taxRate = x, v -> v.taxRate);
        errors.bind("tax_rate", taxRate);
        field(stock, "product-stock", "field.stock", "stock", (v, x) -> v.stock = x, v -> v.stock);
        field(aliases, "product-aliases", "field.aliasesOnePerLine", "aliases", (v, x) -> v.aliases = x, v -> v.aliases);
        active.setCaption(t.get("field.active"));
        binder.forField(active).bind(v -> v.active, (v, x) -> v.active = x);
        for (AbstractComponent c : List.<AbstractComponent>of(sku, name, description, unit, price, currency, aliases)) {
            c.setWidth("100%");
        }
        description.setRows(2);
        aliases.setRows(3);
        unit.setItems(session.call(catalog::units));
        unit.setEmptySelectionAllowed(false);
        currency.setMaxLength(3);
        binder.readBean(product == null ? newValues() : values(product));
        if (product != null) {
            options.setOptions(product.options(), product.currency());
        }

        FormLayout form = new FormLayout(sku, name, description, unit, price, currency, taxRate, stock, aliases, options, active);
        form.setMargin(true);
        Button save = new Button(t.get("save"), e -> save());
        save.setId("product-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button delete = new Button(t.get("delete"), e -> delete());
        delete.setId("product-delete");
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.setVisible(product != null);
        Button cancel = new Button(t.get("cancel"), e -> close());
        HorizontalLayout buttons = new HorizontalLayout(save, delete, cancel);
        if (!editable) {
            binder.setReadOnly(true);
            options.setEditable(false);
            save.setVisible(false);
            delete.setVisible(false);
        }
        problem.setId("product-form-problem");
        problem.addStyleName(ValoTheme.LABEL_FAILURE);
        problem.setWidth("100%");
        problem.setVisible(false);
        VerticalLayout content = new VerticalLayout(problem, form, buttons);
        content.setMargin(true);
        setContent(content);
    }

    /** Captions, ids and binds a text field (or the unit box) and shows the catalog's errors for {@code name} on it. */
    @SuppressWarnings("unchecked")
    private void field(AbstractComponent field, String id, String captionKey, String name, Setter<Values, String> setter,
            ValueProvider<Values, String> getter) {
        if (id != null) {
            field.setId(id);
        }
        field.setCaption(t.get(captionKey));
        errors.bind(name, field);
        binder.forField((HasValue<String>) field).bind(getter, setter);
    }

    private Values newValues() {
        Values v = new Values();
        v.unit = "pcs";
        v.currency = session.call(catalog::defaultCurrency);
        return v;
    }

    private Values values(Product p) {
        Values v = new Values();
        v.sku = p.sku();
        v.name = p.name();
        v.description = p.description() == null ? "" : p.description();
        v.unit = p.unit();
        v.price = number(p.price(), java.util.Currency.getInstance(p.currency()).getDefaultFractionDigits());
        v.currency = p.currency();
        v.taxRate = p.taxRate() == null ? "" : number(p.taxRate(), 0);
        v.stock = p.stock() == null ? "" : number(p.stock(), 0);
        v.aliases = String.join("\n", p.aliases());
        v.active = p.active();
        return v;
    }

    private void save() {
        errors.clear();
        options.fields().forEach(c -> c.setComponentError(null));
        problem.setVisible(false);
        Values v = new Values();
        binder.writeBeanIfValid(v);
        ProductDraft draft;
        try {
            draft = new ProductDraft(v.sku, v.name, v.description, v.unit, parse("price", v.price), v.currency,
                    parse("taxRate", v.taxRate), parse("stock", v.stock), Arrays.asList(v.aliases.split("\\R")), v.active,
                    v.stock.isBlank(), v.taxRate.isBlank(), options.options(this::parse));
            session.run(() -> {
                if (product == null) {
                    catalog.create(draft);
                } else {
                    catalog.update(product.id(), draft);
                }
            });
        } catch (RuntimeException e) {
            show(problemOf(e));
            return;
        }
        session.notifySuccess(t.get("saved", draft.sku()));
        saved.run();
        close();
    }

    private void delete() {
        if (session.attempt(() -> catalog.delete(product.id()))) {
            session.notifySuccess(t.get("deleted", product.sku()));
            saved.run();
            close();
        }
    }

    /** The catalog's refusal as a problem; anything else goes on to the UI's error handler. */
    private static ProblemException problemOf(RuntimeException e) {
        if (e instanceof ProblemException p) {
            return p;
        }
        if (e instanceof InvalidProductException invalid) {
            return ProblemException.invalid(invalid.field(), invalid.getMessage());
        }
        throw e;
    }

    /** A refused value: on the field it names and above the form; other problems (role, gone) as a notification. */
    private void show(ProblemException e) {
        if (e.status() != 400) {
            session.notifyError(e);
            return;
        }
        String own = ownText(e);
        if (own == null) {
            errors.show(e);
            problem.setValue(errors.text(e));
        } else {
            FieldErrors.Target target = errors.targetOf(e.field());
            if (target != null) {
                errors.mark(target.component(), own);
            }
            problem.setValue(own);
        }
        problem.setVisible(true);
    }

    /**
     * The catalog's own refusals that the shared texts do not know, in the staff member's language: an option name or
     * value given twice. Null for every other problem.
     */
    private String ownText(ProblemException e) {
        if (!"catalog.option.twice".equals(e.messageKey()) || e.messageArgs().size() < 2) {
            return null;
        }
        FieldErrors.Target target = errors.targetOf(e.field());
        String caption = target == null ? e.field() : target.caption() != null ? target.caption() : target.component().getCaption();
        return t.get("option.twice", caption, e.messageArgs().get(1));
    }

    /** Reads a number as the user writes it in their locale ("4,50" in German), or in plain notation. */
    private BigDecimal parse(String field, String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            return null;
        }
        NumberFormat nf = NumberFormat.getNumberInstance(session.locale());
        if (nf instanceof DecimalFormat df) {
            df.setParseBigDecimal(true);
            ParsePosition pos = new ParsePosition(0);
            Object n = df.parse(v, pos);
            if (pos.getIndex() == v.length() && n instanceof BigDecimal b) {
                return b;
            }
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new InvalidProductException(field, t.get("notANumber", v));
        }
    }

    /** The value in the user's notation with at least {@code minDigits} decimals (a price shows "5.10"). */
    private String number(BigDecimal v, int minDigits) {
        NumberFormat nf = NumberFormat.getNumberInstance(session.locale() == null ? Locale.ENGLISH : session.locale());
        nf.setGroupingUsed(false);
        int min = Math.max(0, minDigits);
        nf.setMinimumFractionDigits(min);
        nf.setMaximumFractionDigits(Math.max(min, v.stripTrailingZeros().scale()));
        return nf.format(v);
    }
}
