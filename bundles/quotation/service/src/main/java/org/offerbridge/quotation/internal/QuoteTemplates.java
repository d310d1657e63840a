package org.offerbridge.quotation.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.QuoteDocumentData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The workspace's document template: accent colour, terms and footer, and a logo (PNG or JPEG, checked by decoding
 * it completely ({@link LogoImages}), at most {@value #MAX_LOGO_BYTES} bytes and {@value #MAX_LOGO_PIXELS} pixels a side). Reading is for
 * everyone who sees quotes; changes are admins', audited.
 */
@Component(service = QuoteTemplates.class)
public class QuoteTemplates {
    static final int MAX_LOGO_BYTES = LogoImages.MAX_LOGO_BYTES;
    static final int MAX_LOGO_PIXELS = LogoImages.MAX_LOGO_PIXELS;
    /** Shared with the static {@link #of}, which the document readers call inside their transactions. */
    static final TemplateFailures FAILURES = new TemplateFailures(System::currentTimeMillis);
    static final int MAX_TERMS = 4000;

    /** The one {@link TemplateFailures}, for the PDF writer's fallback. */
    public static TemplateFailures failures() {
        return FAILURES;
    }

    static final int MAX_FOOTER = 500;
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** What staff see: the texts, and whether there is a logo. */
    public record View(String primaryColor, String terms, String footer, boolean hasLogo, String logoType) {
        static final View NONE = new View(null, null, null, false, null);
    }

    /** A change of the texts; null leaves a field as it is, an empty string clears it. */
    public record Change(String primaryColor, String terms, String footer) {
    }

    private final TenantTransactions tx;
    private final RequestContext context;
    private final AuditTrail audit;

    @Activate
    public QuoteTemplates(@Reference(target = QuoteServiceImpl.UNIT) JpaTemplate jpa, @Reference RequestContext context,
            @Reference AuditTrail audit) {
        this.tx = new TenantTransactions(jpa, context);
        this.context = context;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindSystemMessages(SystemMessageLog log) {
        FAILURES.use(log);
    }

    void unbindSystemMessages(SystemMessageLog log) {
        FAILURES.use(null);
    }

    /**
     * The template for a document, read in the caller's tenant-bound transaction. A stored logo that cannot be
     * decoded (stored before uploads were checked completely) is left out, and the workspace is told.
     */
    static QuoteDocumentData.Template of(EntityManager em, String tenantId) {
        QuoteTemplateEntity t = em.find(QuoteTemplateEntity.class, tenantId);
        if (t == null) {
            return QuoteDocumentData.Template.NONE;
        }
        byte[] logo = t.logo;
        if (logo != null && !LogoImages.usable(logo)) {
            FAILURES.skipped(tenantId, "logo");
            logo = null;
        }
        return new QuoteDocumentData.Template(logo, t.primaryColor, t.terms, t.footer);
    }

    public View get() {
        String tenant = context.require().tenantId();
        return tx.call(em -> view(em.find(QuoteTemplateEntity.class, tenant)));
    }

    public Optional<QuoteTemplateEntity> logo() {
        String tenant = context.require().tenantId();
        return Optional.ofNullable(tx.call(em -> {
            QuoteTemplateEntity t = em.find(QuoteTemplateEntity.class, tenant);
            return t == null || t.logo == null ? null : copyOfLogo(t);
        }));
    }

    public View update(Change c) {
        TenantPrincipal by = admin();
        FieldRules.body(c);
        String color = c.primaryColor() == null ? null : c.primaryColor().strip();
        if (color != null && !color.isEmpty() && !COLOR.matcher(color).matches()) {
            throw ProblemException.invalid("primaryColor", "primaryColor is a colour like #1A73E8");
        }
        String terms = block("terms", c.terms(), MAX_TERMS);
        String footer = block("footer", c.footer(), MAX_FOOTER);
        View v = tx.call(em -> {
            QuoteTemplateEntity t = row(em, by);
            if (color != null) {
                t.primaryColor = color.isEmpty() ? null : color.toUpperCase(java.util.Locale.ROOT);
            }
            if (terms != null) {
                t.terms = terms.isEmpty() ? null : terms;
            }
            if (footer != null) {
                t.footer = footer.isEmpty() ? null : footer;
            }
            return view(t);
        });
        audit.record("quotes.template.updated", "quotes:template", "colour " + v.primaryColor() + ", terms " + (v.terms() == null ? 0
                : v.terms().length()) + " chars, footer " + (v.footer() == null ? 0 : v.footer().length()) + " chars");
        return v;
    }

    public View setLogo(byte[] image) {
        TenantPrincipal by = admin();
        String type = imageType(image);
        View v = tx.call(em -> {
            QuoteTemplateEntity t = row(em, by);
            t.logo = image.clone();
            t.logoType = type;
            return view(t);
        });
        audit.record("quotes.template.logo", "quotes:template", type + ", " + image.length + " bytes");
        return v;
    }

    public boolean removeLogo() {
        TenantPrincipal by = admin();
        boolean had = tx.call(em -> {
            QuoteTemplateEntity t = em.find(QuoteTemplateEntity.class, by.tenantId());
            if (t == null || t.logo == null) {
                return false;
            }
            t.logo = null;
            t.logoType = null;
            t.updatedAt = System.currentTimeMillis();
            t.updatedBy = by.actor();
            return true;
        });
        if (had) {
            audit.record("quotes.template.logo.removed", "quotes:template", null);
        }
        return had;
    }

    /** "image/png" or "image/jpeg" when the bytes decode completely within the limits; a 400 naming {@code logo} otherwise. */
    static String imageType(byte[] image) {
        return LogoImages.imageType(image);
    }

    private TenantPrincipal admin() {
        return context.require().requireRole(Role.ADMIN);
    }

    private static QuoteTemplateEntity row(EntityManager em, TenantPrincipal by) {
        QuoteTemplateEntity t = em.find(QuoteTemplateEntity.class, by.tenantId());
        if (t == null) {
            t = new QuoteTemplateEntity();
            t.id = by.tenantId();
            em.persist(t);
        }
        t.updatedAt = System.currentTimeMillis();
        t.updatedBy = by.actor();
        return t;
    }

    private static QuoteTemplateEntity copyOfLogo(QuoteTemplateEntity t) {
        QuoteTemplateEntity c = new QuoteTemplateEntity();
        c.logo = t.logo;
        c.logoType = t.logoType;
        c.updatedAt = t.updatedAt;
        return c;
    }

    private static View view(QuoteTemplateEntity t) {
        return t == null ? View.NONE : new View(t.primaryColor, t.terms, t.footer, t.logo != null, t.logoType);
    }

    /** Text with line breaks allowed: null when not given (left as it is), empty when blank (cleared). */
    private static String block(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String v = FieldRules.multiLine(field, value, max);
        return v == null ? "" : v;
    }
}
