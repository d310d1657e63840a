package org.offerbridge.systemmessages.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.SystemMessageLog.Severity;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.testing.BoundCaller;

/** Viewers read system messages; sales and up clear and add them: the store itself holds the rule, whoever calls it. */
class SystemMessageStoreTest {
    private final JpaTemplate jpa = mock(JpaTemplate.class);
    private final EntityManager em = mock(EntityManager.class);

    SystemMessageStoreTest() {
        when(em.getProperties()).thenReturn(new HashMap<>());
        when(jpa.txExpr(eq(TransactionType.Required), any())).thenAnswer(inv -> inv.<EmFunction<?>>getArgument(1).apply(em));
    }

    private SystemMessageStore as(Role role) {
        return new SystemMessageStore(jpa, BoundCaller.of(role == null ? null : new TenantPrincipal("t1", "u1", null, role, "business")));
    }

    @Test
    void aViewerIsRefusedClearingAndAdding() {
        SystemMessageStore store = as(Role.VIEWER);
        for (Executable change : List.<Executable>of(() -> store.clear("m1"), () -> store.clearMessage("m1"), store::clearAll,
                () -> store.add(new NewMessage("error", "erp", "sync failed")))) {
            ProblemException refused = assertThrows(ProblemException.class, change);
            assertEquals(403, refused.status());
            assertEquals("access.role", refused.messageKey());
        }
        verifyNoInteractions(jpa);
    }

    @Test
    void salesClearAsThemselvesAndAddWhatTheRulesChecked() {
        SystemMessageEntity open = new SystemMessageEntity();
        when(em.find(SystemMessageEntity.class, "m1")).thenReturn(open);
        assertEquals(true, as(Role.SALES).clear("m1"));
        assertEquals("user:u1", open.clearedBy);

        SystemMessageEntity added = as(Role.SALES).add(new NewMessage("ERROR", null, " sync failed\r\nretrying "));
        assertEquals("ERROR", added.severity);
        assertEquals("integration", added.source);
        assertEquals("sync failed\nretrying", added.message);
        verify(em).persist(added);
    }

    @Test
    void aMessageFromAnIntegrationIsCheckedNamingTheField() {
        SystemMessageStore store = as(Role.ADMIN);
        assertEquals("severity", assertThrows(ProblemException.class, () -> store.add(new NewMessage("fatal", null, "x"))).field());
        assertEquals("message", assertThrows(ProblemException.class, () -> store.add(new NewMessage(null, null, " "))).field());
        assertEquals("message", assertThrows(ProblemException.class,
                () -> store.add(new NewMessage(null, null, "x".repeat(SystemMessageRules.MAX_MESSAGE + 1)))).field());
        assertEquals("source", assertThrows(ProblemException.class, () -> store.add(new NewMessage(null, "s".repeat(41), "x"))).field());
        assertEquals("body", assertThrows(ProblemException.class, () -> store.add(null)).field());
    }

    @Test
    void capabilitiesReportForANamedTenantWithNoCallerBound() {
        as(null).report("t2", Severity.WARNING, "webhooks", "failed");
        verify(em).setProperty(any(), eq("t2"));
        verify(em).persist(any(SystemMessageEntity.class));
    }
}
