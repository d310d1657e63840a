package org.offerbridge.platform.api.admin;

import java.time.Instant;
import java.util.List;

import org.offerbridge.platform.api.Role;
import org.osgi.annotation.versioning.ProviderType;

/** Staff users and invitations of the bound workspace (the rules of {@code /users}). */
@ProviderType
public interface StaffAdministration {

    /** {@code lastLoginAt} is null before the first login. */
    record StaffUser(String id, String email, String displayName, Role role, boolean active, Instant createdAt, Instant lastLoginAt) {
    }

    record Invitation(String id, String email, Role role, String invitedBy, Instant createdAt, Instant expiresAt) {
    }

    /** A new invitation with its token, which exists only in this answer (shown once). */
    record Invited(Invitation invitation, String token) {
    }

    /** Staff ordered by email, at most {@code limit}. */
    List<StaffUser> list(int limit);

    /** Admins change roles; only an owner grants or takes the owner role; the last active owner stays. */
    StaffUser changeRole(String userId, Role role);

    /** Deactivating ends the user's sessions at once; reactivating counts against the plan's user quota. */
    StaffUser setActive(String userId, boolean active);

    /**
     * Changes role and active flag in one audited step, with the rules of {@link #changeRole} and
     * {@link #setActive}; a null argument leaves that attribute as it is.
     */
    StaffUser update(String userId, Role role, Boolean active);

    /**
     * A staff member's own preferences for the admin UI: the language it speaks (one of the product's languages, or
     * null to follow the browser) and the time zone times are shown in (an IANA zone id, or null for the browser's).
     */
    record Preferences(String language, String timeZone) {
    }

    /** The calling staff user's preferences; any role. An API key has none (409). */
    Preferences myPreferences();

    /** Changes the calling staff user's own preferences; any role; null clears a value. */
    Preferences updateMyPreferences(String language, String timeZone);

    /** Invites by email (admin); counts against the plan's user quota. */
    Invited invite(String email, Role role);

    List<Invitation> openInvitations();

    void revokeInvitation(String invitationId);
}
