package org.offerbridge.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The plans defined in configuration. */
@ProviderType
public interface PlanCatalog {
    Optional<Plan> find(String planId);

    List<Plan> all();
}
