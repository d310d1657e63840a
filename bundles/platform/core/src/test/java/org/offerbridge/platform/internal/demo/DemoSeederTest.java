package org.offerbridge.platform.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.onboarding.DemoContent;
import org.offerbridge.platform.internal.context.ThreadRequestContext;

class DemoSeederTest {
    private static final TenantPrincipal OWNER = new TenantPrincipal("t-demo", "u-owner", null, Role.OWNER, "business");
    private final ThreadRequestContext context = new ThreadRequestContext();
    private final List<String> calls = new ArrayList<>();

    private DemoContent content(String id, int order, boolean fails) {
        return new DemoContent() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public void seed(String tenantId) {
                TenantPrincipal bound = context.require();
                calls.add(id + "@" + tenantId + "/" + bound.tenantId() + "/" + bound.role().id());
                if (fails) {
                    throw new IllegalStateException("database restarting");
                }
            }
        };
    }

    @Test
    void seedsInOrderWithTheOwnerBoundAndSkipsWhatRan() {
        List<String> ran = new DemoSeeder(context).seed(OWNER, Set.of("customers"), List.of(content("quotes", DemoContent.QUOTES, false),
                content("customers", DemoContent.CUSTOMERS, false), content("catalog", DemoContent.CATALOG, false)));

        assertEquals(List.of("catalog", "quotes"), ran);
        assertEquals(List.of("catalog@t-demo/t-demo/owner", "quotes@t-demo/t-demo/owner"), calls);
        assertTrue(context.current().isEmpty(), "nothing stays bound");
    }

    @Test
    void aFailingSeederIsLeftOutSoItRunsAgainAndTheOthersCarryOn() {
        List<String> ran = new DemoSeeder(context).seed(OWNER, Set.of(), List.of(content("catalog", DemoContent.CATALOG, true),
                content("customers", DemoContent.CUSTOMERS, false)));

        assertEquals(List.of("customers"), ran);
        assertEquals(2, calls.size());
    }

    @Test
    void theMarkerKeepsTheIdsThatRan() {
        assertEquals(Set.of(), DemoSeeder.parse(null));
        assertEquals(Set.of(), DemoSeeder.parse(""));
        Set<String> ids = DemoSeeder.parse("catalog, customers");
        ids.add("requests");
        assertEquals("catalog,customers,requests", DemoSeeder.format(ids));
    }
}
