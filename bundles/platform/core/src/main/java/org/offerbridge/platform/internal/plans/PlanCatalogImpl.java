package org.offerbridge.platform.internal.plans;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.PlanCatalog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** All plans currently configured; follows configuration changes without a restart. */
@Component(service = PlanCatalog.class)
public class PlanCatalogImpl implements PlanCatalog {
    private final List<ConfiguredPlan> plans = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPlan(ConfiguredPlan plan) {
        plans.add(plan);
    }

    void removePlan(ConfiguredPlan plan) {
        plans.remove(plan);
    }

    @Override
    public Optional<Plan> find(String planId) {
        if (planId == null) {
            return Optional.empty();
        }
        return plans.stream().map(ConfiguredPlan::plan).filter(p -> p.id().equals(planId)).findFirst();
    }

    @Override
    public List<Plan> all() {
        return plans.stream().map(ConfiguredPlan::plan).sorted(Comparator.comparing(Plan::id)).toList();
    }
}
