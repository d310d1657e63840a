package org.offerbridge.platform.internal.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Plan;
import org.offerbridge.platform.api.Quota;

class ConfiguredPlanTest {

    /** A PlanConfig answering from {@code values}, else from the annotation's declared defaults (like DS does). */
    private static PlanConfig config(Map<String, Object> values) {
        return (PlanConfig) Proxy.newProxyInstance(PlanConfig.class.getClassLoader(), new Class<?>[] {PlanConfig.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (values.containsKey(name)) {
                        return values.get(name);
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    if (name.equals("annotationType")) {
                        return PlanConfig.class;
                    }
                    throw new IllegalStateException("no value for " + name);
                });
    }

    private static PlanConfig config(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return config(m);
    }

    @Test
    void capabilitiesAreSplitTrimmedAndEmptyEntriesDropped() {
        Plan plan = ConfiguredPlan.toPlan(config("id", "pro", "capabilities", "a, b,,c"));
        assertEquals(Set.of("a", "b", "c"), plan.capabilities());
        assertTrue(plan.includes("b"));
        assertFalse(plan.includes(""));
        assertFalse(plan.includes(" b"));
    }

    @Test
    void emptyCapabilitiesGiveEmptySet() {
        assertEquals(Set.of(), ConfiguredPlan.toPlan(config("id", "free")).capabilities());
        assertEquals(Set.of(), ConfiguredPlan.toPlan(config("id", "free", "capabilities", " , ,")).capabilities());
    }

    @Test
    void duplicateCapabilitiesCollapse() {
        assertEquals(Set.of("quotes", "parser"),
                ConfiguredPlan.toPlan(config("id", "p", "capabilities", "quotes,parser, quotes")).capabilities());
    }

    @Test
    void nonNegativeQuotasAreMappedToTheirMetrics() {
        Plan plan = ConfiguredPlan.toPlan(config("id", "biz", "maxUsers", 5L, "quotesPerMonth", 1000L,
                "parsesPerMonth", 0L, "channels", 3L));
        assertEquals(5, plan.limit(Quota.USERS));
        assertEquals(1000, plan.limit(Quota.QUOTES_PER_MONTH));
        assertEquals(0, plan.limit(Quota.PARSES_PER_MONTH), "0 is a real limit (nothing allowed), not unlimited");
        assertEquals(3, plan.limit(Quota.CHANNELS));
    }

    @Test
    void negativeQuotasAreAbsentAndThereforeUnlimited() {
        Plan plan = ConfiguredPlan.toPlan(config("id", "ent", "maxUsers", -1L, "quotesPerMonth", -5L,
                "channels", 2L));
        assertFalse(plan.quotas().containsKey(Quota.USERS));
        assertFalse(plan.quotas().containsKey(Quota.QUOTES_PER_MONTH));
        assertEquals(-1, plan.limit(Quota.USERS));
        assertEquals(-1, plan.limit(Quota.QUOTES_PER_MONTH));
        assertEquals(-1, plan.limit(Quota.PARSES_PER_MONTH), "default -1 means unlimited");
        assertEquals(2, plan.limit(Quota.CHANNELS));
        assertEquals(Map.of(Quota.CHANNELS, 2L), plan.quotas());
    }

    @Test
    void allDefaultsMeanNoQuotasAndDefaultRateLimit() {
        Plan plan = ConfiguredPlan.toPlan(config("id", "free"));
        assertEquals(Map.of(), plan.quotas());
        for (String metric : List.of(Quota.USERS, Quota.QUOTES_PER_MONTH, Quota.PARSES_PER_MONTH, Quota.CHANNELS)) {
            assertEquals(-1, plan.limit(metric), metric);
        }
        assertEquals(600, plan.requestsPerMinute());
    }

    @Test
    void requestsPerMinuteIsCarriedOver() {
        assertEquals(120, ConfiguredPlan.toPlan(config("id", "p", "requestsPerMinute", 120)).requestsPerMinute());
    }

    @Test
    void titleIsUsedWhenSet() {
        Plan plan = ConfiguredPlan.toPlan(config("id", "business", "title", "Business"));
        assertEquals("business", plan.id());
        assertEquals("Business", plan.title());
    }

    @Test
    void blankTitleFallsBackToId() {
        assertEquals("business", ConfiguredPlan.toPlan(config("id", "business")).title());
        assertEquals("business", ConfiguredPlan.toPlan(config("id", "business", "title", "   ")).title());
    }

    @Test
    void idIsTrimmed() {
        assertEquals("pro", ConfiguredPlan.toPlan(config("id", "  pro ", "title", "Pro")).id());
    }

    @Test
    void blankOrMissingIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConfiguredPlan.toPlan(config("id", "")));
        assertThrows(IllegalArgumentException.class, () -> ConfiguredPlan.toPlan(config("id", "  \t")));
        assertThrows(IllegalArgumentException.class, () -> ConfiguredPlan.toPlan(config("id", null)));
    }

    @Test
    void componentConstructorExposesTheConvertedPlan() {
        ConfiguredPlan component = new ConfiguredPlan(config("id", "pro", "capabilities", "quotes", "maxUsers", 10L));
        assertEquals(ConfiguredPlan.toPlan(config("id", "pro", "capabilities", "quotes", "maxUsers", 10L)),
                component.plan());
        assertThrows(IllegalArgumentException.class, () -> new ConfiguredPlan(config("id", " ")));
    }

    @Test
    void plansAreAssignedByTheOperatorUnlessMarkedSelfService() {
        assertFalse(ConfiguredPlan.toPlan(config("id", "new")).selfService());
        assertTrue(ConfiguredPlan.toPlan(config("id", "open", "selfService", true)).selfService());
    }

    @Test
    void theShippedEnterprisePlanIsNotOpenForRegistration() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("../../../features/src/main/cfg");
        Map<String, Boolean> open = new HashMap<>();
        for (String id : List.of("free", "starter", "business", "enterprise")) {
            java.util.Properties p = new java.util.Properties();
            try (java.io.Reader r = java.nio.file.Files.newBufferedReader(dir.resolve("plan-" + id + ".cfg"))) {
                p.load(r);
            }
            open.put(id, Boolean.parseBoolean(p.getProperty("selfService", "false")));
        }
        assertEquals(Map.of("free", true, "starter", true, "business", true, "enterprise", false), open);
    }
}
