package org.offerbridge.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offerbridge.platform.testing.Refusals.assertInvalid;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConversationTagsTest {

    @Test
    void tagsAreTrimmedDeduplicatedAndKeptBetweenCommas() {
        assertEquals(",vip,needs call,", ConversationTags.join(List.of(" vip ", "needs   call", "vip")));
        assertEquals("", ConversationTags.join(List.of()));
        assertEquals(List.of("vip", "needs call"), Conversations.tags(",vip,needs call,"));
        assertEquals(List.of(), Conversations.tags(""));
    }

    @Test
    void refusesCommasBlanksAndTooMany() {
        assertInvalid("tags[1]", () -> ConversationTags.join(List.of("a", "b,c")));
        assertInvalid("tags[0]", () -> ConversationTags.join(List.of(" ")));
        assertInvalid("tags", () -> ConversationTags.join(Collections.nCopies(21, "x")));
        assertInvalid("tags[0]", () -> ConversationTags.join(List.of("x".repeat(41))));
    }

    @Test
    void wildcardsInATagAreLiteral() {
        assertEquals("50!%!_off!!", ConversationTags.likeSafe("50%_off!"));
    }
}
