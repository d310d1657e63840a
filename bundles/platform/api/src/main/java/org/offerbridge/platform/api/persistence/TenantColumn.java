package org.offerbridge.platform.api.persistence;

/**
 * Names every tenant-owned entity uses in its EclipseLink multitenancy annotations:
 * <pre>
 * &#64;Multitenant(MultitenantType.SINGLE_TABLE)
 * &#64;TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
 * </pre>
 * EclipseLink then adds the tenant to every query, find, insert, update and delete of that entity, and
 * refuses to run them when the property is not set on the EntityManager.
 */
public final class TenantColumn {
    public static final String NAME = "TENANT_ID";
    public static final String PROPERTY = "offerbridge.tenant";
    public static final int LENGTH = 36;

    private TenantColumn() {
    }
}
