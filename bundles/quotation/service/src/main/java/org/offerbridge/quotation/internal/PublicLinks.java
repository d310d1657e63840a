package org.offerbridge.quotation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.quotation.api.PublicLink;
import org.offerbridge.quotation.api.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Public links: made when a quote is sent, found by the hash of their token. The token itself is returned once in the
 * link's URL and never stored or logged.
 */
@Component(service = PublicLinks.class, configurationPid = PublicLinkConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class PublicLinks {
    /** The customer's page, inside the API so the gateway's anonymous rate limit and problem answers apply. */
    static final String PATH = "/api/v1/q/";

    /** The one table read before a tenant is known: token hash to tenant id. */
    private static final String TENANT_OF = "SELECT TENANTID FROM OB_QUOTE_LINK_INDEX WHERE TOKENHASH = ?1";
    private final TenantTransactions tx;
    private volatile String baseUrl;

    @Activate
    public PublicLinks(@Reference(target = QuoteServiceImpl.UNIT) JpaTemplate jpa, @Reference RequestContext context,
            PublicLinkConfig config) {
        this.tx = new TenantTransactions(jpa, context);
        modified(config);
    }

    @Modified
    void modified(PublicLinkConfig config) {
        String b = config.publicBaseUrl().strip();
        this.baseUrl = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** Makes a link in the caller's (tenant-bound) transaction, with its token index row. */
    PublicLink create(EntityManager em, String tenantId, String quoteId, Recipient to) {
        String token = LinkTokens.newToken();
        PublicLinkEntity l = new PublicLinkEntity();
        l.id = UUID.randomUUID().toString();
        l.quoteId = quoteId;
        l.tokenHash = LinkTokens.hash(token);
        l.recipientName = to.name();
        l.recipientEmail = to.email();
        l.createdAt = System.currentTimeMillis();
        em.persist(l);
        LinkIndexEntity index = new LinkIndexEntity();
        index.tokenHash = l.tokenHash;
        index.tenantId = tenantId;
        em.persist(index);
        return QuoteRecords.link(l, baseUrl + PATH + token);
    }

    List<PublicLink> of(EntityManager em, String quoteId) {
        return em.createQuery("select l from PublicLinkEntity l where l.quoteId = :q order by l.createdAt, l.id", PublicLinkEntity.class)
                .setParameter("q", quoteId).getResultList().stream().map(l -> QuoteRecords.link(l, null)).toList();
    }

    /** The workspace a well-formed token's link belongs to; empty for anything else. */
    public Optional<String> tenantOfToken(String token) {
        return LinkTokens.wellFormed(token) ? tenantOf(LinkTokens.hash(token)) : Optional.empty();
    }

    /** The tenant a token belongs to, by its hash: a keyed lookup, never a comparison of raw tokens. */
    Optional<String> tenantOf(String tokenHash) {
        // No tenant is bound yet (the caller is anonymous); the hash is the table's key, so at most one row.
        return tx.tenantsMatching(TENANT_OF, tokenHash).stream().findFirst();
    }

    /** The link with this token hash in the bound tenant, or null. */
    static PublicLinkEntity byHash(EntityManager em, String tokenHash) {
        List<PublicLinkEntity> found = em.createQuery("select l from PublicLinkEntity l where l.tokenHash = :h", PublicLinkEntity.class)
                .setParameter("h", tokenHash).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
