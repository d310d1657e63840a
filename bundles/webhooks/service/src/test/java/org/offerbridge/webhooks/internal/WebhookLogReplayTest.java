package org.offerbridge.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.testing.BoundCaller;

/** Replay sends a message again: admins only, checked by the service the REST resource and the admin UI share. */
class WebhookLogReplayTest {
    private final DeliveryStates states = mock(DeliveryStates.class);
    private final Dispatcher dispatcher = mock(Dispatcher.class);
    private final AuditTrail audit = mock(AuditTrail.class);

    private WebhookLogImpl as(Role role) {
        return new WebhookLogImpl(mock(WebhookEndpoints.class), mock(DeliveryLog.class), states, dispatcher, mock(FailureNotices.class),
                BoundCaller.withRole(role), audit);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "VIEWER"})
    void salesAndViewersAreRefusedBeforeAnythingIsSent(Role role) {
        ProblemException refused = assertThrows(ProblemException.class, () -> as(role).replay("d1"));
        assertEquals(403, refused.status());
        assertEquals("access.role", refused.messageKey());
        verifyNoInteractions(states, dispatcher, audit);
    }

    @Test
    void anAdminGetsNotFoundForADeliveryTheWorkspaceDoesNotHave() {
        when(states.replayTarget("t1", "d1")).thenReturn(Optional.empty());
        assertEquals(404, assertThrows(ProblemException.class, () -> as(Role.ADMIN).replay("d1")).status());
        verifyNoInteractions(dispatcher, audit);
    }
}
