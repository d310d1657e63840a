package org.offerbridge.quotation.internal;

import java.math.BigDecimal;

import javax.persistence.EntityManager;

import org.offerbridge.platform.api.rest.ProblemException;
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

    static QuoteSettings validate(QuoteSettings s) {
        if (s == null) {
            throw ProblemException.invalid("body", "A JSON object is required");
        }
        NumberPattern.parse(s.numberPattern(), "numberPattern");
        if (s.validityDays() < 1 || s.validityDays() > MAX_VALIDITY_DAYS) {
            throw ProblemException.invalid("validityDays", "validityDays must be between 1 and " + MAX_VALIDITY_DAYS);
        }
        BigDecimal a = s.approvalDiscountPercent();
        if (a != null && (a.signum() < 0 || a.compareTo(QuoteMath.HUNDRED) >= 0 || a.scale() > 4)) {
            throw ProblemException.invalid("approvalDiscountPercent", "approvalDiscountPercent must be at least 0 and below 100");
        }
        BigDecimal t = s.defaultTaxRate() == null ? BigDecimal.ZERO : s.defaultTaxRate();
        if (t.signum() < 0 || t.compareTo(QuoteMath.HUNDRED) > 0 || t.scale() > 4) {
            throw ProblemException.invalid("defaultTaxRate", "defaultTaxRate must be between 0 and 100");
        }
        return new QuoteSettings(s.numberPattern(), s.validityDays(), a == null ? null : QuoteMath.plain(a), s.pricesIncludeTax(),
                QuoteMath.plain(t));
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
