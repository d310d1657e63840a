package org.offerbridge.quotation.internal;

import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.quotation.api.QuoteSettings;

/** The workspace's quotation settings: everyone reads them, admins change them. */
final class QuoteSettingsStore {
    private final TenantTransactions tx;
    private final RequestContext context;

    QuoteSettingsStore(TenantTransactions tx, RequestContext context) {
        this.tx = tx;
        this.context = context;
    }

    QuoteSettings settings() {
        String tenant = context.require().tenantId();
        return tx.call(em -> SettingsRules.read(em, tenant));
    }

    QuoteSettings update(QuoteSettings settings) {
        TenantPrincipal by = context.require().requireRole(Role.ADMIN);
        QuoteSettings valid = SettingsRules.validate(settings);
        tx.run(em -> SettingsRules.write(em, by.tenantId(), valid));
        return valid;
    }
}
