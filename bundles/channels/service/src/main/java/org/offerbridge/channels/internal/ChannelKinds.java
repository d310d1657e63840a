package org.offerbridge.channels.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.offerbridge.channels.spi.ChannelKind;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard of installed kinds, by id: a kind's bundle may come and go while the capability runs. When two
 * services give the same id (a replacement, or a test's stand-in), the newest serves, and the earlier one serves again
 * once the newest goes.
 */
@Component(service = ChannelKinds.class)
public class ChannelKinds {
    private final Map<String, List<ChannelKind>> kinds = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bind(ChannelKind kind) {
        kinds.computeIfAbsent(kind.id(), id -> new CopyOnWriteArrayList<>()).add(kind);
    }

    void unbind(ChannelKind kind) {
        kinds.computeIfPresent(kind.id(), (id, bound) -> {
            bound.remove(kind);
            return bound.isEmpty() ? null : bound;
        });
    }

    Optional<ChannelKind> find(String id) {
        List<ChannelKind> bound = id == null ? null : kinds.get(id);
        return bound == null || bound.isEmpty() ? Optional.empty() : Optional.of(bound.get(bound.size() - 1));
    }

    List<String> ids() {
        return kinds.keySet().stream().sorted().toList();
    }

    /** The installed kinds staff connect themselves, sorted: what the Channels view offers. */
    List<String> connectedByStaff() {
        return ids().stream().filter(id -> find(id).map(ChannelKind::connectedByStaff).orElse(false)).toList();
    }
}
