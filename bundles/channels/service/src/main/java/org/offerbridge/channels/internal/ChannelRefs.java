package org.offerbridge.channels.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.offerbridge.channels.api.Conversation;

/**
 * The channel (id, kind, name) of each conversation on a page, read by the ids the page names in the page's own
 * transaction: a workspace may have any number of channels, so reading "all" of them (as a capped list did) left the
 * labels of conversations on channels past the cap empty.
 */
final class ChannelRefs {
    /** Ids per query: a page has at most 500 conversations, and Derby takes IN lists of this size comfortably. */
    static final int CHUNK = 200;

    private ChannelRefs() {
    }

    static Map<String, Conversation.ChannelRef> of(EntityManager em, Collection<ConversationEntity> conversations) {
        List<String> ids = conversations.stream().map(c -> c.channelId).filter(Objects::nonNull).distinct().toList();
        Map<String, Conversation.ChannelRef> refs = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            for (Object[] row : em.createQuery("select c.id, c.kind, c.name from ChannelEntity c where c.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                refs.put((String) row[0], new Conversation.ChannelRef((String) row[0], (String) row[1], (String) row[2]));
            }
        }
        return refs;
    }
}
