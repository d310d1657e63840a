package org.offerbridge.rfqform.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.offerbridge.channels.spi.PulledInbound;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.testing.BoundCaller;
import org.offerbridge.rfqform.internal.FormEntity;
import org.offerbridge.rfqform.internal.FormStore;
import org.offerbridge.rfqform.internal.RfqFormConfig;
import org.offerbridge.rfqform.internal.SubmissionEntity;

/** One workspace's purge: the cut-off from its retention days, the order of the three transactions, the audit entry. */
class RetentionJobTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final FormStore store = mock(FormStore.class);
    private final TenantTransactions tx = mock(TenantTransactions.class);
    private final EntityManager em = mock(EntityManager.class);
    @SuppressWarnings("unchecked")
    private final TypedQuery<Object[]> due = mock(TypedQuery.class);
    private final PulledInbound inbound = mock(PulledInbound.class);
    private final RequestInbox requests = mock(RequestInbox.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final BoundCaller context = BoundCaller.of(null);
    private final List<String> auditedAs = new ArrayList<>();
    private final List<String> purgedRequestsAs = new ArrayList<>();
    private RetentionJob job;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(store.tx()).thenReturn(tx);
        when(tx.callAs(anyString(), any())).thenAnswer(a -> ((Function<EntityManager, Object>) a.getArgument(1)).apply(em));
        FormEntity form = new FormEntity();
        form.retentionDays = 2;
        when(em.find(FormEntity.class, "t1")).thenReturn(form);
        when(em.createQuery(anyString(), eq(Object[].class))).thenReturn(due);
        when(due.setParameter(anyString(), any())).thenReturn(due);
        when(due.setMaxResults(any(Integer.class))).thenReturn(due);
        when(due.getResultList()).thenReturn(List.of());
        RfqFormConfig config = mock(RfqFormConfig.class);
        when(config.retentionPeriodMinutes()).thenReturn(60L);
        job = new RetentionJob(store, context, inbound, config);
        job.requests = requests;
        job.audit = audit;
        org.mockito.Mockito.doAnswer(a -> auditedAs.add(context.require().tenantId())).when(audit).record(anyString(), anyString(), anyString());
        when(requests.purge(anyCollection())).thenAnswer(a -> {
            purgedRequestsAs.add(context.require().tenantId());
            return ((java.util.Collection<?>) a.getArgument(0)).size();
        });
    }

    @AfterEach
    void tearDown() {
        job.stop();
    }

    private static SubmissionEntity submission(String reference, String notice) {
        SubmissionEntity s = new SubmissionEntity();
        s.reference = reference;
        s.notice = notice;
        return s;
    }

    @Test
    void purgesMessagesThenRequestsThenRowsAndAuditsTheCounts() {
        when(due.getResultList()).thenReturn(List.of(new Object[] {"RFQ-1", "ch1"}, new Object[] {"RFQ-2", "ch1"}, new Object[] {"RFQ-3", null}));
        SubmissionEntity s1 = submission("RFQ-1", "{\"schema\":\"offerbridge.rfq/1\"}");
        SubmissionEntity s2 = submission("RFQ-2", null);
        SubmissionEntity s3 = submission("RFQ-3", null);
        when(em.find(SubmissionEntity.class, "RFQ-1")).thenReturn(s1);
        when(em.find(SubmissionEntity.class, "RFQ-2")).thenReturn(s2);
        when(em.find(SubmissionEntity.class, "RFQ-3")).thenReturn(s3);
        when(inbound.purge("t1", "ch1", List.of("RFQ-1", "RFQ-2"))).thenReturn(new PulledInbound.Purged(2, 1, 1, List.of("r1", "r2")));

        RetentionJob.Counts c = job.purge("t1", NOW);

        assertEquals(new RetentionJob.Counts(3, 1, 2, 1, 1, 2), c);
        verify(due).setParameter("b", NOW.minus(Duration.ofDays(2)).toEpochMilli());
        InOrder order = inOrder(inbound, requests, em);
        order.verify(inbound).purge("t1", "ch1", List.of("RFQ-1", "RFQ-2"));
        order.verify(requests).purge(List.of("r1", "r2"));
        order.verify(em).remove(s1);
        verify(em).remove(s2);
        verify(em).remove(s3);
        verify(audit).record("rfq.purged", "rfq-form",
                "retentionDays=2 submissions=3 notifications=1 messages=2 files=1 conversations=1 requests=2");
        assertEquals(List.of("t1"), auditedAs);
        assertEquals(List.of("t1"), purgedRequestsAs);
    }

    @Test
    void nothingOldEnoughTouchesNothingAndAuditsNothing() {
        assertEquals(new RetentionJob.Counts(0, 0, 0, 0, 0, 0), job.purge("t1", NOW));
        verify(inbound, never()).purge(anyString(), anyString(), anyCollection());
        verify(requests, never()).purge(anyCollection());
        verify(audit, never()).record(anyString(), anyString(), anyString());
    }

    @Test
    void aFailedMessagePurgeLeavesTheRowsForTheNextRun() {
        when(due.getResultList()).thenReturn(List.<Object[]>of(new Object[] {"RFQ-1", "ch1"}));
        when(inbound.purge(anyString(), anyString(), anyCollection())).thenThrow(new IllegalStateException("database restarting"));
        assertThrows(IllegalStateException.class, () -> job.purge("t1", NOW));
        verify(em, never()).remove(any());
        verify(audit, never()).record(anyString(), anyString(), anyString());
    }

    @Test
    void aWorkspaceWithoutAFormKeepsTheDefaultThirtyDays() {
        when(em.find(FormEntity.class, "t2")).thenReturn(null);
        job.purge("t2", NOW);
        verify(due).setParameter("b", NOW.minus(Duration.ofDays(30)).toEpochMilli());
        verify(em, times(0)).remove(any());
    }
}
