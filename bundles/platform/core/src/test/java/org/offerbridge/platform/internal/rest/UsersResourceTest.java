package org.offerbridge.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.rest.ProblemException;

/** The JSON side of /users over the rules of {@link StaffAdministration}: one call each, same shapes as before. */
class UsersResourceTest {
    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.678Z");

    private final FakeStaff staff = new FakeStaff();
    private final UsersResource resource = new UsersResource(staff, null, null, null, null);

    @Test
    void patchChangesRoleAndActiveInOneStep() {
        UsersResource.User u = resource.update("u1", new UsersResource.UserChange("Admin", false));

        assertEquals(List.of("update u1 ADMIN false"), staff.calls);
        assertEquals(new UsersResource.User("u1", "a@shop.example", null, "admin", false, "2026-01-02T03:04:05.678Z", null), u);
    }

    @Test
    void patchRejectsAnUnknownRoleBeforeAnythingChanges() {
        ProblemException e = assertThrows(ProblemException.class, () -> resource.update("u1", new UsersResource.UserChange("emperor", null)));

        assertEquals("role", e.field());
        assertEquals(List.of(), staff.calls);
    }

    @Test
    void invitationsAreListedWithoutToken() {
        UsersResource.Invitation i = resource.invitations().get(0);

        assertEquals(new UsersResource.Invitation("i1", "x@shop.example", "sales", "user:u0", "2026-01-02T03:04:05.678Z",
                "2026-01-03T03:04:05.678Z", null), i);
    }

    @Test
    void acceptingAnInvitationRefusesACommonPasswordBeforeLookingAtTheToken() {
        // the stores are null: the password is refused first
        ProblemException e = org.offerbridge.platform.testing.Refusals.assertInvalid("password",
                () -> resource.accept(new UsersResource.AcceptRequest("token", "Password1234", null)));
        assertEquals("field.commonPassword", e.messageKey());
    }

    private static final class FakeStaff implements StaffAdministration {
        final List<String> calls = new ArrayList<>();

        @Override
        public Preferences myPreferences() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Preferences updateMyPreferences(String language, String timeZone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StaffUser> list(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffUser changeRole(String userId, Role role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffUser setActive(String userId, boolean active) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffUser update(String userId, Role role, Boolean active) {
            calls.add("update " + userId + " " + role + " " + active);
            return new StaffUser(userId, "a@shop.example", null, role, active, CREATED, null);
        }

        @Override
        public Invited invite(String email, Role role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Invitation> openInvitations() {
            return List.of(invitation("x@shop.example"));
        }

        @Override
        public void revokeInvitation(String invitationId) {
            throw new UnsupportedOperationException();
        }

        private static Invitation invitation(String email) {
            return new Invitation("i1", email, Role.SALES, "user:u0", CREATED, CREATED.plusSeconds(86_400));
        }
    }
}
