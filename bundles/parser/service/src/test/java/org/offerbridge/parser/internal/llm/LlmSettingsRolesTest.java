package org.offerbridge.parser.internal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.offerbridge.platform.testing.Refusals.assertForbidden;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.testing.BoundCaller;
import org.offerbridge.parser.internal.llm.LlmSettingsService.LlmSettingsChange;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.fields.Patch;
import org.offerbridge.platform.api.rest.ProblemException;

/** The LLM setting is for admins, checked by the service itself as {@code @RolesAllowed(admin)} does on /parser/llm. */
class LlmSettingsRolesTest {

    @Test
    void salesMayNotReadChangeOrRemoveTheSetting() {
        // no store, cipher or audit: a refused call must stop before any of them
        LlmSettingsService asSales = new LlmSettingsService(null, null, null, null, null, BoundCaller.withRole(Role.SALES));
        assertForbidden(asSales::get);
        assertForbidden(() -> asSales.put(new LlmSettingsChange(true, "https://api.example.com/v1", "m", Patch.of("sk-x"), null)));
        assertForbidden(asSales::delete);
    }

    @Test
    void anAdminPassesTheRoleCheckAndMeetsTheInputRules() {
        LlmSettingsService asAdmin = new LlmSettingsService(null, null, null, null, null, BoundCaller.withRole(Role.ADMIN));
        ProblemException e = assertThrows(ProblemException.class, () -> asAdmin.put(new LlmSettingsChange(null, null, null,
                Patch.absent(), null)));
        assertEquals("enabled", e.field());
    }

    @Test
    void theKeyNeverShowsInTheChangesText() {
        assertEquals("LlmSettingsChange[enabled=true, baseUrl=null, model=null, apiKey=***, timeoutMillis=null]",
                new LlmSettingsChange(true, null, null, Patch.of("sk-secret"), null).toString());
    }

}
