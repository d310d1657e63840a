package org.offerbridge.channels.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.offerbridge.channels.spi.ChannelKind;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The whiteboard of installed kinds, by id: a kind's bundle may come and go while the capability runs. */
@Component(service = ChannelKinds.class)
public class ChannelKinds {
    private final Map<String, ChannelKind> kinds = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bind(ChannelKind kind) {
        kinds.put(kind.id(), kind);
    }

    void unbind(ChannelKind kind) {
        kinds.remove(kind.id(), kind);
    }

    Optional<ChannelKind> find(String id) {
        return Optional.ofNullable(id == null ? null : kinds.get(id));
    }

    List<String> ids() {
        return kinds.keySet().stream().sorted().toList();
    }
}
