package org.offerbridge.quotation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.QuoteChange;
import org.offerbridge.quotation.api.QuoteCustomer;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteSettings;
import org.offerbridge.quotation.api.SendOptions;

/** The service refuses callers below the REST method's role itself, before it touches the database. */
class QuoteServiceRolesTest {
    private static final Origin ORIGIN = new Origin("127.0.0.1", "test");
    private final JpaTemplate jpa = mock(JpaTemplate.class);

    private static RequestContext as(Role role) {
        TenantPrincipal p = new TenantPrincipal("tenant-a", "user-1", null, role, "business");
        return new RequestContext() {
            @Override
            public Optional<TenantPrincipal> current() {
                return Optional.of(p);
            }

            @Override
            public String requestId() {
                return "req-1";
            }

            @Override
            public <T> T runAs(TenantPrincipal principal, Supplier<T> work) {
                return work.get();
            }
        };
    }

    private QuoteServiceImpl service(Role role) {
        return new QuoteServiceImpl(jpa, as(role), mock(CatalogPricing.class), mock(WorkspaceSettings.class), mock(UsageMeter.class),
                mock(CustomerDirectory.class), mock(QuoteEventDispatch.class), mock(PublicLinks.class), mock(QuoteDeliveries.class),
                mock(QuoteChannels.class), mock(DeliveryDispatcher.class));
    }

    private void refused(Role needed, Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(403, e.status());
        assertEquals("access.role", e.messageKey());
        assertEquals(needed.id(), e.messageArgs().get(0));
        verifyNoInteractions(jpa);
    }

    @Test
    void aViewerMakesChangesSendsRevisesAndRevokesNothing() {
        QuoteServiceImpl viewer = service(Role.VIEWER);
        QuoteDraft draft = new QuoteDraft(null, new QuoteCustomer(null, "Acme", null, null), "EUR",
                List.of(new QuoteDraft.LineInput("HB-M8-40", BigDecimal.ONE, null)), null, null, null);
        refused(Role.SALES, () -> viewer.create(draft, ORIGIN));
        refused(Role.SALES, () -> viewer.createFromRequest("request-1", ORIGIN));
        refused(Role.SALES, () -> viewer.update("q-1", new QuoteChange(null, null, true, null), ORIGIN));
        refused(Role.SALES, () -> viewer.send("q-1", List.of(), SendOptions.DEFAULT, ORIGIN));
        refused(Role.SALES, () -> viewer.retryDelivery("q-1", "d-1", ORIGIN));
        refused(Role.SALES, () -> viewer.revise("q-1", ORIGIN));
        refused(Role.SALES, () -> viewer.revokeLink("q-1", "l-1", ORIGIN));
        refused(Role.ADMIN, () -> viewer.approve("q-1", ORIGIN));
        refused(Role.ADMIN, () -> viewer.updateSettings(QuoteSettings.DEFAULTS));
    }

    @Test
    void salesNeitherApprovesNorChangesSettingsNorRunsTheExpiry() {
        QuoteServiceImpl sales = service(Role.SALES);
        refused(Role.ADMIN, () -> sales.approve("q-1", ORIGIN));
        refused(Role.ADMIN, () -> sales.updateSettings(QuoteSettings.DEFAULTS));
        refused(Role.ADMIN, () -> sales.expireDue(ORIGIN));
    }

    @Test
    void onlyAnAdminChangesTheDocumentTemplate() {
        for (Role below : List.of(Role.VIEWER, Role.SALES)) {
            QuoteTemplates templates = new QuoteTemplates(jpa, as(below), mock(AuditTrail.class));
            refused(Role.ADMIN, () -> templates.update(new QuoteTemplates.Change("#1A73E8", null, null)));
            refused(Role.ADMIN, () -> templates.setLogo(new byte[] {1}));
            refused(Role.ADMIN, templates::removeLogo);
        }
    }
}
