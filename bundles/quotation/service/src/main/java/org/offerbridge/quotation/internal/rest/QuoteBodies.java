package org.offerbridge.quotation.internal.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.fields.Patch;
import org.offerbridge.quotation.api.QuoteChange;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.Recipient;
import org.offerbridge.quotation.api.SendOptions;

/**
 * The request bodies of /quotes as typed records, bound by the gateway's strict mapper: an unknown field or a wrong type
 * is a 400 naming the field's path ({@code lines[0].quantity}); the service checks the values.
 */
public final class QuoteBodies {
    private QuoteBodies() {
    }

    /** A new quote: lines and a customer, or {@code fromRequest} alone. */
    public record Create(String customerId, Contact customer, String currency, List<Line> lines, String validUntil,
            Boolean pricesIncludeTax, String locale, String fromRequest) {

        QuoteDraft draft() {
            FieldRules.required("lines", lines);
            return new QuoteDraft(customerId, customer == null ? null : customer.customer(), currency, inputs(lines),
                    FieldRules.date("validUntil", validUntil), pricesIncludeTax, locale);
        }
    }

    /** A line by SKU; {@code options} (option name to value) may be left out. */
    public record Line(String sku, BigDecimal quantity, BigDecimal discountPercent, Map<String, String> options) {
    }

    /** A missing line stays missing, so the rules name {@code lines[i]}. */
    static List<QuoteDraft.LineInput> inputs(List<Line> lines) {
        return lines == null ? null : lines.stream().map(l -> l == null ? null
                : new QuoteDraft.LineInput(l.sku(), l.quantity(), l.discountPercent(), l.options())).toList();
    }

    /** A customer by contact. */
    public record Contact(String name, String email, String phone) {
        QuoteCustomer customer() {
            return new QuoteCustomer(null, name, email, phone);
        }
    }

    /** A change of a draft: fields left out (or null) stay as they are; {@code lines} replaces all lines. */
    public record Change(Patch<List<Line>> lines, Patch<String> validUntil, Patch<Boolean> pricesIncludeTax,
            Patch<String> locale) {

        QuoteChange change() {
            return new QuoteChange(inputs(value(lines)), FieldRules.date("validUntil", value(validUntil)), value(pricesIncludeTax), value(locale));
        }
    }

    /** Who receives the quote (its customer when none are named), on which channel, with which personal message. */
    public record Send(List<Recipient> recipients, String channel, String message) {
        SendOptions options() {
            return new SendOptions(channel, message);
        }
    }

    /** The workspace's settings: fields left out keep their value; {@code approvalDiscountPercent: null} removes the threshold. */
    public record Settings(Patch<String> numberPattern, Patch<Integer> validityDays, Patch<BigDecimal> approvalDiscountPercent,
            Patch<Boolean> pricesIncludeTax, Patch<BigDecimal> defaultTaxRate) {

        QuoteSettings applyTo(QuoteSettings now) {
            return new QuoteSettings(orElse(numberPattern, now.numberPattern()), orCurrent(validityDays, now.validityDays()),
                    orElse(approvalDiscountPercent, now.approvalDiscountPercent()), orCurrent(pricesIncludeTax, now.pricesIncludeTax()),
                    orElse(defaultTaxRate, now.defaultTaxRate()));
        }
    }

    /** The value, or null when absent or null. */
    private static <T> T value(Patch<T> p) {
        return orElse(p, null);
    }

    /** The value when the body names the field (null when it clears it), else {@code current}. */
    private static <T> T orElse(Patch<T> p, T current) {
        return Patch.isPresent(p) ? p.value() : current;
    }

    /** A value that cannot be cleared: null keeps the current one as absent does. */
    private static <T> T orCurrent(Patch<T> p, T current) {
        T v = value(p);
        return v != null ? v : current;
    }
}
