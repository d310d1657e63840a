package org.offerbridge.channels.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.channels.api.Channel;
import org.offerbridge.channels.api.ChannelService;
import org.offerbridge.platform.api.rest.ProblemException;

/** A ChannelService that records what the UI asks of it. */
final class FakeChannels implements ChannelService {
    final List<String> calls = new ArrayList<>();
    Map<String, Object> lastSettings;
    ProblemException refuse;
    /** The workspace's channels, by id. */
    final List<Channel> stored = new ArrayList<>();

    @Override
    public Created create(String kind, String name, Map<String, Object> settings) {
        if (refuse != null) {
            throw refuse;
        }
        calls.add("create " + kind + " " + name + " " + settings);
        lastSettings = settings;
        return new Created(new Channel("new", kind, name, Channel.CONNECTED, null, "https://x/in/t", Map.of(), null, null, null,
                Instant.EPOCH), Map.of());
    }

    @Override
    public Channel update(String id, String name, Map<String, Object> settings) {
        calls.add("update " + id + " " + name + " " + settings);
        lastSettings = settings;
        return new Channel(id, "whatsapp", name, Channel.CONNECTED, null, "https://x/in/t", Map.of(), null, null, null, Instant.EPOCH);
    }

    @Override
    public List<Channel> list(String afterId, int limit) {
        calls.add("list " + afterId);
        return stored.stream().filter(c -> afterId == null || c.id().compareTo(afterId) > 0).limit(Math.min(limit, 500)).toList();
    }

    @Override
    public Optional<Channel> get(String id) {
        return Optional.empty();
    }

    @Override
    public Channel test(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
        return 0;
    }

    @Override
    public List<String> kinds() {
        return List.of("webhook");
    }
}

