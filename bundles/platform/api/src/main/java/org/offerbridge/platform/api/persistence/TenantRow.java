package org.offerbridge.platform.api.persistence;

import java.util.Objects;

/** A row found by a scan across tenants: whose it is and its id, nothing else. */
public record TenantRow(String tenantId, String rowId) {
    public TenantRow {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(rowId, "rowId");
    }
}
