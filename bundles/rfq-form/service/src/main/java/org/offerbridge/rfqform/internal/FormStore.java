package org.offerbridge.rfqform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.api.secrets.SecretCipher;
import org.offerbridge.platform.api.secrets.SecretTokens;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The forms' rows: one per workspace, made with its defaults the first time it is read or changed, with a random form
 * token (the public URL's last segment) and a random signing key sealed with the node key.
 */
@Component(service = FormStore.class)
public class FormStore {
    static final String UNIT = "(osgi.unit.name=offerbridge-rfq-form)";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /** The one read before a workspace is known: the form token to its workspace (the token's column is unique). */
    private static final String TENANT_OF = "SELECT TENANT_ID FROM OB_RFQ_FORM WHERE FORM_TOKEN = ?1";
    static final int TOKEN_BYTES = 24;
    private static final int KEY_BYTES = 32;

    private final TenantTransactions tx;
    private final SecretCipher cipher;

    @Activate
    public FormStore(@Reference(target = UNIT) JpaTemplate jpa, @Reference RequestContext context, @Reference SecretCipher cipher) {
        this(new TenantTransactions(jpa, context), cipher);
    }

    FormStore(TenantTransactions tx, SecretCipher cipher) {
        this.tx = tx;
        this.cipher = cipher;
    }

    public TenantTransactions tx() {
        return tx;
    }

    /** The workspace of a form token, if any form has it; empty for anything that is no token of ours. */
    Optional<String> tenantOfToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 64 || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return tx.tenantsMatching(TENANT_OF, token).stream().findFirst();
    }

    /** How long a workspace that never set up its form keeps submissions. */
    public static int defaultRetentionDays() {
        return FormValues.DEFAULTS.retentionDays();
    }

    /** The workspace's form row in the caller's transaction, made with the defaults when it has none. */
    FormEntity ensure(EntityManager em, String tenantId) {
        FormEntity f = em.find(FormEntity.class, tenantId);
        if (f != null) {
            return f;
        }
        f = new FormEntity();
        f.id = tenantId;
        f.formToken = SecretTokens.random(TOKEN_BYTES);
        f.signingKeySealed = cipher.encrypt(SecretTokens.random(KEY_BYTES));
        write(f, FormValues.DEFAULTS);
        f.updatedAt = System.currentTimeMillis();
        em.persist(f);
        em.flush(); // a concurrent first read loses on the primary key here, inside the caller's retry
        return f;
    }

    /** The form's signing key. */
    byte[] key(FormEntity f) {
        return cipher.decrypt(f.signingKeySealed).getBytes(StandardCharsets.UTF_8);
    }

    static FormValues values(FormEntity f) {
        return new FormValues(f.enabled, f.notifySeller, strings(f.recipients), f.buttonLabel, f.customerText, f.retentionDays,
                f.products == null ? null : strings(f.products), strings(f.requiredFields), f.thankYouText,
                f.languages == null ? FormValues.LANGUAGES : strings(f.languages));
    }

    static void write(FormEntity f, FormValues v) {
        f.enabled = v.enabled();
        f.notifySeller = v.notifySeller();
        f.recipients = json(v.recipients());
        f.buttonLabel = v.buttonLabel();
        f.customerText = v.customerText();
        f.retentionDays = v.retentionDays();
        f.products = v.products() == null ? null : json(v.products());
        f.requiredFields = json(v.requiredFields());
        f.thankYouText = v.thankYouText();
        f.languages = json(v.languages());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    static List<String> strings(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new IllegalStateException("a stored list is not JSON", e);
        }
    }
}
