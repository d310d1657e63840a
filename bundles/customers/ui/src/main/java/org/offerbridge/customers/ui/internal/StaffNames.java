package org.offerbridge.customers.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.StaffDirectory.StaffMember;

/** The workspace's staff, read once per view refresh: owner names for the grid and choices for the form. */
final class StaffNames {
    /** A workspace with more staff than this still shows the others' names through single look-ups. */
    static final int MAX = 500;
    private final StaffDirectory staff;
    private final Map<String, StaffMember> byId = new HashMap<>();
    private final List<StaffMember> all = new ArrayList<>();

    /** Call with the tenant bound. */
    StaffNames(StaffDirectory staff) {
        this.staff = staff;
        for (StaffMember m : staff.list(MAX)) {
            byId.put(m.id(), m);
            all.add(m);
        }
    }

    /** Members in the directory's order (by email). */
    List<StaffMember> all() {
        return all;
    }

    /** The member with this id; call with the tenant bound (an id beyond the first {@link #MAX} is looked up). */
    StaffMember find(String id) {
        if (id == null) {
            return null;
        }
        return byId.computeIfAbsent(id, k -> staff.find(k).orElse(null));
    }

    /** What to show for a staff member: the display name, else the email. */
    static String label(StaffMember m) {
        if (m == null) {
            return "";
        }
        return m.displayName() != null && !m.displayName().isBlank() ? m.displayName() : m.email();
    }
}
