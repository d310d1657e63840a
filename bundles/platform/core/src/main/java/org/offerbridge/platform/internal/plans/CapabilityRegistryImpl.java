package org.offerbridge.platform.internal.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.offerbridge.platform.api.Capability;
import org.offerbridge.platform.api.CapabilityRegistry;
import org.offerbridge.platform.api.CapabilityStatus;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks the Capability services that installed features register. */
@Component(service = CapabilityRegistry.class)
public class CapabilityRegistryImpl implements CapabilityRegistry {
    private final Map<String, Capability> installed = new ConcurrentHashMap<>();
    private final PlanCatalog plans;

    @Activate
    public CapabilityRegistryImpl(@Reference PlanCatalog plans) {
        this.plans = plans;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCapability(Capability capability) {
        installed.put(capability.id(), capability);
    }

    void removeCapability(Capability capability) {
        installed.remove(capability.id(), capability);
    }

    @Override
    public List<CapabilityStatus> statusFor(String planId) {
        Plan plan = plans.find(planId).orElse(null);
        Set<String> ids = new TreeSet<>(installed.keySet());
        if (plan != null) {
            ids.addAll(plan.capabilities());
        }
        List<CapabilityStatus> out = new ArrayList<>();
        for (String id : ids) {
            Capability c = installed.get(id);
            boolean allowed = plan != null && plan.includes(id);
            out.add(new CapabilityStatus(id, c != null ? c.title() : id, c != null ? c.description() : "", c != null, allowed));
        }
        out.sort(Comparator.comparing(CapabilityStatus::id));
        return out;
    }

    @Override
    public boolean isInstalled(String capabilityId) {
        return installed.containsKey(capabilityId);
    }

    @Override
    public boolean planIncludes(String planId, String capabilityId) {
        return plans.find(planId).map(plan -> plan.includes(capabilityId)).orElse(false);
    }

    @Override
    public List<Capability> installed() {
        return installed.values().stream().sorted(Comparator.comparing(Capability::id)).toList();
    }
}
