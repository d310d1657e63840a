package org.offerbridge.quotation.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.AuditTrail;
import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.quotation.mail.api.MailSendException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * /settings/email: the workspace's SMTP server, admins only (it names accounts and holds a password). The password is
 * write-only; a test message checks the settings end to end before customers depend on them.
 */
@Component(service = SmtpSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("settings/email")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability("quotation")
@RolesAllowed(Role.ADMIN_NAME)
public class SmtpSettingsResource {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SettingsView(boolean configured, String host, Integer port, String security, String username, Boolean passwordSet,
            String fromAddress, String fromName, String replyTo, String updatedAt, String updatedBy) {
        static final SettingsView NONE = new SettingsView(false, null, null, null, null, null, null, null, null, null, null);

        static SettingsView of(SmtpSettings s) {
            return new SettingsView(true, s.host(), s.port(), s.security(), s.username(), s.passwordSet(), s.fromAddress(), s.fromName(),
                    s.replyTo(), s.updatedAt().toString(), s.updatedBy());
        }
    }

    record TestResult(boolean sent, String to) {
    }

    /** Where the test message goes. */
    public record TestMessage(String to) {
    }

    private final SmtpSettingsStore store;
    private final SmtpMailer mailer;
    private final AuditTrail audit;
    private final RequestContext context;
    private final WorkspaceSettings workspace;

    @Activate
    public SmtpSettingsResource(@Reference SmtpSettingsStore store, @Reference SmtpMailer mailer, @Reference AuditTrail audit,
            @Reference RequestContext context, @Reference WorkspaceSettings workspace) {
        this.store = store;
        this.mailer = mailer;
        this.audit = audit;
        this.context = context;
        this.workspace = workspace;
    }

    @GET
    public SettingsView get() {
        return store.get().map(SettingsView::of).orElse(SettingsView.NONE);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsView put(SmtpSettingsInput body) {
        SmtpSettings saved = store.put(body);
        // never the password: only whether one is set
        audit.record("email.smtp.updated", "settings:email", saved.host() + ":" + saved.port() + " " + saved.security() + ", user "
                + (saved.username() == null ? "none" : saved.username()) + ", password " + (saved.passwordSet() ? "set" : "none")
                + ", from " + saved.fromAddress());
        return SettingsView.of(saved);
    }

    @DELETE
    public Response delete() {
        if (!store.delete()) {
            throw ProblemException.notFound("Email settings");
        }
        audit.record("email.smtp.deleted", "settings:email", "quotes are no longer sent by email");
        return Response.noContent().build();
    }

    /** Sends a short message to {@code to} (default: the caller's own address is unknown here, so it is required). */
    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    public TestResult test(TestMessage body) {
        String to = FieldRules.email("to", body == null ? null : body.to());
        String tenantId = context.require().tenantId();
        SmtpAccount account = store.account(tenantId)
                .orElseThrow(() -> new ProblemException(409, "email-not-configured", "Email not set up", "Save the SMTP settings first", null));
        String company = workspace.profile().companyName();
        Locale locale = workspace.profile().locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(workspace.profile().locale());
        MailTexts t = new MailTexts(locale);
        try {
            mailer.send(account.server(), account.sender(), (session, from) -> {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(new InternetAddress(from.address(), from.name() != null ? from.name() : company, StandardCharsets.UTF_8.name()));
                m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                m.setSubject(t.get("test.subject"), StandardCharsets.UTF_8.name());
                m.setSentDate(new Date());
                m.setText(t.get("test.body", company), StandardCharsets.UTF_8.name());
                return m;
            });
        } catch (MailSendException e) {
            throw new ProblemException(502, "smtp-failed", "Sending failed", e.getMessage(), "host");
        }
        audit.record("email.smtp.tested", "settings:email", "test message to " + to);
        return new TestResult(true, to);
    }
}
