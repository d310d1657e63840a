package org.offerbridge.platform.api.admin;

import org.osgi.annotation.versioning.ProviderType;

/** Company profile, locale and currency of the bound workspace (the rules of {@code PATCH /workspace}). */
@ProviderType
public interface WorkspaceSettings {

    record Profile(String tenantId, String companyName, String planId, String locale, String currency, String operatingArea,
            String address, String taxId, String phone, String website) {
    }

    /** Fields left null are not changed; an empty string clears an optional field. */
    record ProfileChange(String companyName, String locale, String currency, String operatingArea, String address, String taxId,
            String phone, String website) {
    }

    Profile profile();

    /** Validates and applies a change (admin or owner); the change is audited. */
    Profile update(ProfileChange change);
}
