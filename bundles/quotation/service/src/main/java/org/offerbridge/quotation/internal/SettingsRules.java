package org.offerbridge.quotation.internal;

import java.math.BigDecimal;

import javax.persistence.EntityManager;

import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.quotation.api.QuoteSettings;

/** Reads, validates and writes the workspace's quotation settings (inside the caller's transaction). */
final class SettingsRules {
    static final int MAX_VALIDITY_DAYS = 3650;

    private SettingsRules() {
    }

    static QuoteSettings read(EntityManager em, String tenantId) {
        QuoteSettingsEntity s = em.find(QuoteSettingsEntity.class, tenantId);
        if (s == null) {
            return QuoteSettings.DEFAULTS;
        }
        return new QuoteSettings(s.numberPattern, s.validityDays, s.approvalDiscountPercent, s.pricesIncludeTax,
                s.defaultTaxRate == null ? BigDecimal.ZERO : QuoteMath.plain(s.defaultTaxRate));
    }

    /** The settings checked: a number pattern, 1 to 3650 validity days, a threshold below 100 % (or none), a tax rate 0 to 100 %. */
    static QuoteSettings validate(QuoteSettings s) {
        FieldRules.body(s);
        NumberPattern.parse(s.numberPattern(), "numberPattern");
        if (s.validityDays() < 1 || s.validityDays() > MAX_VALIDITY_DAYS) {
            throw FieldRules.invalid("validityDays", "validityDays must be between 1 and " + MAX_VALIDITY_DAYS, "field.range", "validityDays",
                    1, MAX_VALIDITY_DAYS);
        }
        // a threshold of 100 % could never be passed: discounts stay below 100 %
        BigDecimal approval = QuoteRules.discount("approvalDiscountPercent", s.approvalDiscountPercent());
        BigDecimal tax = FieldRules.percent("defaultTaxRate", s.defaultTaxRate());
        return new QuoteSettings(s.numberPattern(), s.validityDays(), approval, s.pricesIncludeTax(), tax == null ? BigDecimal.ZERO : tax);
    }

    static void write(EntityManager em, String tenantId, QuoteSettings s) {
        QuoteSettingsEntity e = em.find(QuoteSettingsEntity.class, tenantId);
        if (e == null) {
            e = new QuoteSettingsEntity();
            e.id = tenantId;
            em.persist(e);
        }
        e.numberPattern = s.numberPattern();
        e.validityDays = s.validityDays();
        e.approvalDiscountPercent = s.approvalDiscountPercent();
        e.pricesIncludeTax = s.pricesIncludeTax();
        e.defaultTaxRate = s.defaultTaxRate();
    }

    /** True when a line discount exceeds the approval threshold. */
    static boolean needsApproval(QuoteSettings s, BigDecimal maxDiscount) {
        return s.approvalDiscountPercent() != null && maxDiscount.compareTo(s.approvalDiscountPercent()) > 0;
    }
}
