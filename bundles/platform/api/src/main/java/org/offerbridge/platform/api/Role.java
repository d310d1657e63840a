package org.offerbridge.platform.api;

import java.util.Locale;

/** Staff roles inside one workspace, from most to least powerful. */
public enum Role {
    OWNER, ADMIN, SALES, VIEWER;

    /** Role names as used in {@code @RolesAllowed} and in JSON. */
    public static final String OWNER_NAME = "owner";
    public static final String ADMIN_NAME = "admin";
    public static final String SALES_NAME = "sales";
    public static final String VIEWER_NAME = "viewer";

    /** True when this role may do everything {@code other} may. */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a role name case-insensitively; throws {@link IllegalArgumentException} for unknown names. */
    public static Role of(String name) {
        if (name == null) {
            throw new IllegalArgumentException("role is required");
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + name + "' (owner, admin, sales, viewer)");
        }
    }
}
