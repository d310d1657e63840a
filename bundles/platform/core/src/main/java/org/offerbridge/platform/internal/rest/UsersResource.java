package org.offerbridge.platform.internal.rest;

import java.time.Instant;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.Quota;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.UsageMeter;
import org.offerbridge.platform.api.admin.StaffAdministration;
import org.offerbridge.platform.api.admin.StaffAdministration.StaffUser;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.platform.api.rest.PageRequest;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.Public;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.offerbridge.platform.internal.persistence.InvitationEntity;
import org.offerbridge.platform.internal.persistence.UserEntity;
import org.offerbridge.platform.internal.persistence.UserStore;
import org.offerbridge.platform.internal.persistence.WorkspaceStore;
import org.offerbridge.platform.internal.security.PasswordHasher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Staff users of the caller's workspace, invitations, and accepting an invitation. The rules for changing staff
 * and inviting live in {@link StaffAdministration}, shared with the admin UI.
 */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record User(String id, String email, String displayName, String role, boolean active, String createdAt, String lastLoginAt) {
    }

    public record UserChange(String role, Boolean active) {
    }

    public record InviteRequest(String email, String role) {
    }

    public record Invitation(String id, String email, String role, String invitedBy, String createdAt, String expiresAt,
            String token) {
    }

    public record AcceptRequest(String token, String password, String displayName) {
    }

    public record Accepted(String tenantId, String userId, String email, String role) {
    }

    private final StaffAdministration staff;
    private final UserStore users;
    private final WorkspaceStore workspaces;
    private final RequestContext context;
    private final UsageMeter usage;
    private final PasswordHasher hasher = new PasswordHasher();

    @Activate
    public UsersResource(@Reference StaffAdministration staff, @Reference UserStore users, @Reference WorkspaceStore workspaces,
            @Reference RequestContext context, @Reference UsageMeter usage) {
        this.staff = staff;
        this.users = users;
        this.workspaces = workspaces;
        this.context = context;
        this.usage = usage;
    }

    @GET
    @Path("users")
    public Page<User> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        TenantPrincipal p = context.require();
        PageRequest page = PageRequest.of(limit, cursor);
        return page.page(users.list(p.tenantId(), page.after(), page.fetchSize()), u -> u.email, UsersResource::view);
    }

    @GET
    @Path("users/{id}")
    public User get(@PathParam("id") String id) {
        TenantPrincipal p = context.require();
        return users.find(p.tenantId(), id).map(UsersResource::view).orElseThrow(() -> ProblemException.notFound("User " + id));
    }

    @PATCH
    @Path("users/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public User update(@PathParam("id") String id, UserChange body) {
        UserChange c = FieldRules.body(body);
        Role role = c.role() == null ? null : PlatformRules.role("role", c.role());
        return view(staff.update(id, role, c.active()));
    }

    @POST
    @Path("users/invitations")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response invite(InviteRequest body) {
        InviteRequest r = FieldRules.body(body);
        Role role = r.role() == null ? null : PlatformRules.role("role", r.role());
        StaffAdministration.Invited invited = staff.invite(r.email(), role);
        return Response.status(201).entity(view(invited.invitation(), invited.token())).build();
    }

    @GET
    @Path("users/invitations")
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Invitation> invitations() {
        return staff.openInvitations().stream().map(i -> view(i, null)).toList();
    }

    @DELETE
    @Path("users/invitations/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response revokeInvitation(@PathParam("id") String id) {
        staff.revokeInvitation(id);
        return Response.noContent().build();
    }

    @POST
    @Path("invitations/accept")
    @Public
    public Response accept(AcceptRequest body) {
        AcceptRequest r = FieldRules.body(body);
        String token = FieldRules.requiredText("token", r.token(), 100);
        char[] password = PlatformRules.password("password", r.password());
        String name = FieldRules.text("displayName", r.displayName(), 200);
        String tokenHash = SecretTokens.sha256(token);
        InvitationEntity pending = users.findInvitation(tokenHash);
        if (pending != null && pending.acceptedAt == 0) {
            // The quota is checked for the inviting workspace, bound just for this check.
            context.runAs(new TenantPrincipal(pending.tenantId, null, "invitation", Role.VIEWER, planOf(pending.tenantId)),
                    () -> {
                        usage.checkLevel(Quota.USERS, users.countActive(pending.tenantId) + 1);
                        return null;
                    });
        }
        UserStore.Accepted a = users.accept(tokenHash, hasher.hash(password), name);
        return switch (a.outcome()) {
            case ACCEPTED -> Response.status(201).entity(new Accepted(a.user().tenantId, a.user().id, a.user().email, a.user().role)).build();
            case EXPIRED -> throw new ProblemException(410, "invitation-expired", "Invitation expired",
                    "This invitation has expired; ask for a new one", "token");
            case ALREADY_MEMBER -> throw ProblemException.conflict("This email is already a member of the workspace");
            default -> throw ProblemException.notFound("Invitation");
        };
    }

    private String planOf(String tenantId) {
        return workspaces.find(tenantId).map(w -> w.planId).orElse("");
    }

    static User view(UserEntity u) {
        return new User(u.id, u.email, u.displayName, u.role, u.active, Instant.ofEpochMilli(u.createdAt).toString(),
                u.lastLoginAt == 0 ? null : Instant.ofEpochMilli(u.lastLoginAt).toString());
    }

    private static User view(StaffUser u) {
        return new User(u.id(), u.email(), u.displayName(), u.role().id(), u.active(), u.createdAt().toString(),
                u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
    }

    private static Invitation view(StaffAdministration.Invitation i, String token) {
        return new Invitation(i.id(), i.email(), i.role().id(), i.invitedBy(), i.createdAt().toString(), i.expiresAt().toString(), token);
    }
}
