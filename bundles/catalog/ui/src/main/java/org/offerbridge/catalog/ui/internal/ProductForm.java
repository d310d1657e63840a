package org.offerbridge.catalog.ui.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.InvalidProductException;
import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductDraft;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.data.HasValue;
import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
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
    /** Shown above the form: a blocking error notification would stop the user correcting the field. */
    private final Label problem = new Label();
    private final Map<String, AbstractComponent> byField;

    ProductForm(UiSession session, CatalogService catalog, Product product, boolean editable, Runnable saved) {
        this.session = session;
        this.catalog = catalog;
        this.product = product;
        this.saved = saved;
        this.t = Texts.of(ProductForm.class, session.locale());
        setId("catalog-product-form");
        setCaption(product == null ? t.get("new") : product.sku());
        setModal(true);
        setWidth("560px");
        byField = Map.<String, AbstractComponent>of("sku", sku, "name", name, "description", description, "unit", unit, "price", price,
                "currency", currency, "tax_rate", taxRate, "taxRate", taxRate, "stock", stock, "aliases", aliases);
        sku.setId("product-sku");
        name.setId("product-name");
        price.setId("product-price");
        unit.setId("product-unit");
        currency.setId("product-currency");
        stock.setId("product-stock");
        aliases.setId("product-aliases");
        Map<AbstractComponent, String> captions = Map.of(sku, "field.sku", name, "field.name", description, "field.description", unit, "field.unit",
                price, "field.price", currency, "field.currency", taxRate, "field.taxRate", stock, "field.stock",
                aliases, "field.aliasesOnePerLine", active, "field.active");
        for (Map.Entry<AbstractComponent, String> e : captions.entrySet()) {
            e.getKey().setCaption(t.get(e.getValue()));
        }
        for (AbstractComponent c : List.<AbstractComponent>of(sku, name, description, unit, price, currency, aliases)) {
            c.setWidth("100%");
        }
        description.setRows(2);
        aliases.setRows(3);
        unit.setItems(session.call(catalog::units));
        unit.setEmptySelectionAllowed(false);
        currency.setMaxLength(3);

        if (product != null) {
            sku.setValue(product.sku());
            name.setValue(product.name());
            description.setValue(product.description() == null ? "" : product.description());
            unit.setValue(product.unit());
            price.setValue(number(product.price(), java.util.Currency.getInstance(product.currency()).getDefaultFractionDigits()));
            currency.setValue(product.currency());
            taxRate.setValue(product.taxRate() == null ? "" : number(product.taxRate(), 0));
            stock.setValue(product.stock() == null ? "" : number(product.stock(), 0));
            aliases.setValue(String.join("\n", product.aliases()));
            active.setValue(product.active());
        } else {
            unit.setValue("pcs");
            currency.setValue(session.call(catalog::defaultCurrency));
            active.setValue(true);
        }

        FormLayout form = new FormLayout(sku, name, description, unit, price, currency, taxRate, stock, aliases, active);
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
            form.forEach(c -> {
                if (c instanceof HasValue<?> field) {
                    field.setReadOnly(true);
                }
            });
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

    private void save() {
        byField.values().forEach(c -> c.setComponentError(null));
        problem.setVisible(false);
        ProductDraft draft;
        try {
            boolean clearStock = stock.getValue().isBlank();
            boolean clearTax = taxRate.getValue().isBlank();
            draft = new ProductDraft(sku.getValue(), name.getValue(), description.getValue(), unit.getValue(),
                    parse("price", price.getValue()), currency.getValue(), parse("taxRate", taxRate.getValue()),
                    parse("stock", stock.getValue()), Arrays.asList(aliases.getValue().split("\\R")), active.getValue(),
                    clearStock, clearTax);
        } catch (InvalidProductException e) {
            show(e);
            return;
        }
        try {
            session.run(() -> {
                if (product == null) {
                    catalog.create(draft);
                } else {
                    catalog.update(product.id(), draft);
                }
            });
        } catch (InvalidProductException e) {
            show(e);
            return;
        } catch (RuntimeException e) {
            session.notifyError(e);
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

    private void show(InvalidProductException e) {
        AbstractComponent c = byField.get(e.field());
        if (c != null) {
            c.setComponentError(new UserError(e.getMessage()));
            if (c instanceof Component.Focusable f) {
                f.focus();
            }
        }
        problem.setValue(e.getMessage());
        problem.setVisible(true);
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
