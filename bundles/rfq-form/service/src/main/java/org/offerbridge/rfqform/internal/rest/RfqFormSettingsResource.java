package org.offerbridge.rfqform.internal.rest;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.FieldRules;
import org.offerbridge.platform.api.rest.ApiExtensions;
import org.offerbridge.platform.api.rest.RequiresCapability;
import org.offerbridge.rfqform.api.FormSettings;
import org.offerbridge.rfqform.api.FormSettingsChange;
import org.offerbridge.rfqform.api.RfqForms;
import org.offerbridge.rfqform.internal.RfqFormCapability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** GET and PUT /rfq-form/settings: the workspace's form, admins only. */
@Component(service = RfqFormSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ApiExtensions.APPLICATION)
@Path("rfq-form")
@Produces(MediaType.APPLICATION_JSON)
@RequiresCapability(RfqFormCapability.ID)
public class RfqFormSettingsResource {
    static final String ALL = "all";

    /** The settings as answered: {@code products} is "all" or the list of SKUs. */
    public record SettingsView(boolean enabled, @JsonProperty("notify") boolean notifySeller, List<String> recipients, String buttonLabel, String customerText,
            int retentionDays, Object products, List<String> requiredFields, String thankYouText, List<String> languages, String formUrl,
            String embedSnippet, String linkSnippet, String iframeSnippet, String channelId) {
    }

    /** A change: a field left out stays as it is; {@code products} is "all" or a list of SKUs. */
    public record SettingsBody(Boolean enabled, @JsonProperty("notify") Boolean notifySeller, List<String> recipients, String buttonLabel, String customerText,
            Integer retentionDays, JsonNode products, List<String> requiredFields, String thankYouText, List<String> languages) {
    }

    private final RfqForms forms;

    @Activate
    public RfqFormSettingsResource(@Reference RfqForms forms) {
        this.forms = forms;
    }

    @GET
    @Path("settings")
    @RolesAllowed(Role.ADMIN_NAME)
    public SettingsView settings() {
        return view(forms.settings());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public SettingsView update(SettingsBody body) {
        SettingsBody b = FieldRules.body(body);
        Boolean all = null;
        List<String> products = null;
        if (b.products() != null && !b.products().isNull()) {
            if (b.products().isTextual() && ALL.equals(b.products().asText())) {
                all = Boolean.TRUE;
            } else if (b.products().isArray()) {
                products = new ArrayList<>();
                for (JsonNode n : b.products()) {
                    if (!n.isTextual()) {
                        throw FieldRules.invalid("products", "products must be \"all\" or a list of SKUs", "rfqForm.products");
                    }
                    products.add(n.asText());
                }
            } else {
                throw FieldRules.invalid("products", "products must be \"all\" or a list of SKUs", "rfqForm.products");
            }
        }
        return view(forms.update(new FormSettingsChange(b.enabled(), b.notifySeller(), b.recipients(), b.buttonLabel(), b.customerText(),
                b.retentionDays(), all, products, b.requiredFields(), b.thankYouText(), b.languages())));
    }

    static SettingsView view(FormSettings s) {
        return new SettingsView(s.enabled(), s.notifySeller(), s.recipients(), s.buttonLabel(), s.customerText(), s.retentionDays(),
                s.products() == null ? ALL : s.products(), s.requiredFields(), s.thankYouText(), s.languages(), s.formUrl(),
                s.embedSnippet(), s.linkSnippet(), s.iframeSnippet(), s.channelId());
    }
}
