package org.offerbridge.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.fields.Patch;
import org.offerbridge.platform.api.net.OutboundAddressPolicy;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.offerbridge.platform.testing.BoundCaller;

/** Admins change endpoints, every staff role reads: the service itself holds the rule, whoever calls it. */
class WebhookEndpointsTest {
    private final EndpointStore store = mock(EndpointStore.class);
    private final Outbox outbox = mock(Outbox.class);
    private final Dispatcher dispatcher = mock(Dispatcher.class);
    private final SecretCipher cipher = mock(SecretCipher.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final OutboundAddressPolicy policy = URI::create;
    private final Endpoint endpoint = new Endpoint("e1", "https://hooks.example.com/h", List.of("quote.sent"), null, true, null, 1, 1);

    private WebhookEndpoints as(Role role) {
        return new WebhookEndpoints(store, outbox, dispatcher, cipher, policy, audit, BoundCaller.withRole(role));
    }

    private static NewEndpoint body() {
        return new NewEndpoint("https://hooks.example.com/h", List.of("quote.sent"), null, null);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "VIEWER"})
    void salesAndViewersAreRefusedEveryChange(Role role) {
        WebhookEndpoints endpoints = as(role);
        List<Executable> changes = List.of(() -> endpoints.create(body()),
                () -> endpoints.update("e1", new EndpointPatch(null, null, null, Patch.of(false))),
                () -> endpoints.delete("e1"), () -> endpoints.rotateSecret("e1"), () -> endpoints.test("e1"));
        for (Executable change : changes) {
            ProblemException refused = assertThrows(ProblemException.class, change);
            assertEquals(403, refused.status());
            assertEquals("access.role", refused.messageKey());
        }
        verifyNoInteractions(store, outbox, cipher, audit, dispatcher);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyStaffRoleReads(Role role) {
        when(store.list(null, 51)).thenReturn(List.of(endpoint));
        when(store.find("e1")).thenReturn(Optional.of(endpoint));
        assertEquals(List.of(endpoint), as(role).list(null, 51));
        assertEquals(endpoint, as(role).get("e1"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN"})
    void adminsCreateWithASecretShownOnce(Role role) {
        when(cipher.encrypt(anyString())).thenReturn("sealed");
        when(store.create(any(), any())).thenReturn(endpoint);
        WebhookViews.CreatedEndpoint created = as(role).create(body());
        assertEquals("e1", created.id());
        assertEquals(true, created.secret().startsWith("whsec_"));
        verify(store).create(body(), "sealed");
        verify(audit).record(any(), any(), any());
    }

    @Test
    void anUnknownEndpointIsNotFoundForAnAdmin() {
        when(store.find("nope")).thenReturn(Optional.empty());
        assertEquals(404, assertThrows(ProblemException.class, () -> as(Role.ADMIN).test("nope")).status());
        assertEquals(404, assertThrows(ProblemException.class, () -> as(Role.VIEWER).get("nope")).status());
    }
}
