package org.offerbridge.rfqform.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.offerbridge.catalog.api.Product;
import org.offerbridge.catalog.api.ProductOption;
import org.offerbridge.channels.spi.InboundBatch.InboundItem;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ProblemException;

/**
 * The rules of a submission, the same for a script's JSON and a browser's form: the contact fields the form requires,
 * formats and lengths, and the chosen products (offered by the form, a quantity above zero, each option one of the
 * product's values). Every problem is collected, so a browser's form shows them all at once; a script gets the first
 * as a 400 naming its field.
 */
final class SubmissionRules {
    static final int MAX_NAME = 200;
    static final int MAX_COMPANY = 200;
    static final int MAX_MESSAGE = 10_000;
    static final int MAX_ITEMS = 100;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    /** What was sent, as text: a form's fields or a JSON body's. */
    record Input(String name, String email, String phone, String company, String message, List<ItemInput> items) {
        Input {
            items = items == null ? List.of() : items;
        }
    }

    /** One chosen product as sent; {@code row} is its place on the form (for showing an error next to it). */
    record ItemInput(String sku, String quantity, Map<String, String> options, int row) {
        ItemInput {
            options = options == null ? Map.of() : options;
        }
    }

    /** One problem: the field as the API names it ({@code items[0].quantity}), a text key of the form page and its argument. */
    record FieldError(String field, String key, Object arg, String detail) {
        ProblemException problem() {
            return arg == null ? FieldRules.invalid(field, detail, "rfqForm." + key) : FieldRules.invalid(field, detail, "rfqForm." + key, arg);
        }
    }

    /** A chosen product as it was checked: the catalog's product and the chosen options in the product's order. */
    record Line(Product product, BigDecimal quantity, Map<String, String> options) {
        InboundItem item() {
            return new InboundItem(product.sku(), quantity, options);
        }
    }

    /** The checked submission. */
    record Checked(String name, String email, String phone, String company, String message, List<Line> lines) {
        List<InboundItem> items() {
            return lines.stream().map(Line::item).toList();
        }
    }

    /** The outcome: the checked submission, or the problems (never both). */
    record Outcome(Checked checked, List<FieldError> errors) {
        Checked orThrow() {
            if (!errors.isEmpty()) {
                throw errors.get(0).problem();
            }
            return checked;
        }
    }

    private SubmissionRules() {
    }

    /**
     * Checks {@code in} against the form's {@code required} fields, the products it {@code offers} and the
     * {@code catalog}; {@code files} says whether files came (a submission of files only asks for something too).
     */
    static Outcome check(Input in, List<String> required, Predicate<String> offers, Function<String, Optional<Product>> catalog,
            boolean files) {
        List<FieldError> errors = new ArrayList<>();
        String name = field(errors, "name", required, () -> FieldRules.name("name", in.name(), MAX_NAME));
        String email = field(errors, "email", required, () -> FieldRules.optionalEmail("email", in.email()));
        String phone = field(errors, "phone", required, () -> FieldRules.optionalPhone("phone", in.phone()));
        String company = field(errors, "company", required, () -> FieldRules.name("company", in.company(), MAX_COMPANY));
        String message = field(errors, "message", required, () -> FieldRules.multiLine("message", in.message(), MAX_MESSAGE));
        List<Line> lines = new ArrayList<>();
        if (in.items().size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "error.tooMany", MAX_ITEMS, "At most " + MAX_ITEMS + " items"));
        } else {
            for (int i = 0; i < in.items().size(); i++) {
                line(errors, "items[" + i + "]", in.items().get(i), offers, catalog).ifPresent(lines::add);
            }
        }
        if (errors.isEmpty() && lines.isEmpty() && message == null && !files) {
            errors.add(new FieldError("items", "error.nothing", null, "Choose at least one product or write a message"));
        }
        return errors.isEmpty() ? new Outcome(new Checked(name, email, phone, company, message, List.copyOf(lines)), List.of())
                : new Outcome(null, List.copyOf(errors));
    }

    private static String field(List<FieldError> errors, String field, List<String> required, java.util.function.Supplier<String> rule) {
        try {
            String v = rule.get();
            if (v == null && required.contains(field)) {
                errors.add(new FieldError(field, "error.required", null, field + " is required"));
            }
            return v;
        } catch (ProblemException e) {
            String key = switch (e.messageKey() == null ? "" : e.messageKey()) {
                case "field.email" -> "error.email";
                case "field.phone" -> "error.phone";
                case "field.tooLong" -> "error.tooLong";
                default -> "error.invalid";
            };
            Object arg = key.equals("error.tooLong") ? e.messageArgs().get(e.messageArgs().size() - 1) : null;
            errors.add(new FieldError(field, key, arg, e.getMessage() == null ? field + " is not valid" : e.getMessage()));
            return null;
        }
    }

    private static Optional<Line> line(List<FieldError> errors, String at, ItemInput item, Predicate<String> offers,
            Function<String, Optional<Product>> catalog) {
        String sku = item.sku() == null ? null : item.sku().strip();
        Optional<Product> product = sku == null || sku.isEmpty() || !offers.test(sku) ? Optional.empty()
                : catalog.apply(sku).filter(Product::active);
        if (product.isEmpty()) {
            errors.add(new FieldError(at + ".sku", "error.sku", null, at + ".sku is not a product this form offers"));
            return Optional.empty();
        }
        BigDecimal quantity = quantity(item.quantity());
        if (quantity == null) {
            errors.add(new FieldError(at + ".quantity", "error.quantity", null, at + ".quantity must be a number above zero"));
            return Optional.empty();
        }
        Product p = product.get();
        Map<String, String> chosen = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, String> o : item.options().entrySet()) {
            Optional<ProductOption> option = p.option(o.getKey());
            if (option.isEmpty()) {
                errors.add(new FieldError(at + ".options", "error.option", null, at + ".options names an option the product does not have"));
                ok = false;
                continue;
            }
            Optional<ProductOption.Value> value = o.getValue() == null ? Optional.empty() : option.get().value(o.getValue().strip());
            if (value.isEmpty()) {
                errors.add(new FieldError(at + ".options." + option.get().name(), "error.option", null,
                        at + ".options." + option.get().name() + " must be one of the option's values"));
                ok = false;
                continue;
            }
            chosen.put(option.get().name(), value.get().value());
        }
        if (!ok) {
            return Optional.empty();
        }
        // in the product's order, as the parser's ChosenItem keeps them
        Map<String, String> ordered = new LinkedHashMap<>();
        for (ProductOption o : p.options()) {
            if (chosen.containsKey(o.name())) {
                ordered.put(o.name(), chosen.get(o.name()));
            }
        }
        return Optional.of(new Line(p, quantity, ordered));
    }

    /** A quantity above zero with at most four decimals (a comma as the decimal separator too); null otherwise. */
    static BigDecimal quantity(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(',', '.');
        if (t.isEmpty() || t.length() > 20 || !t.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        BigDecimal q = new BigDecimal(t).stripTrailingZeros();
        if (q.signum() <= 0 || q.scale() > FieldRules.MAX_DECIMALS || q.compareTo(MAX_QUANTITY) > 0) {
            return null;
        }
        return q.scale() < 0 ? q.setScale(0) : q;
    }
}
