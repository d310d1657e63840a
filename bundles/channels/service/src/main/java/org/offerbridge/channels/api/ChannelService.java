package org.offerbridge.channels.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The bound workspace's channels. Staff read; admins create, change, test and delete. Bad input throws the platform's
 * {@code ProblemException} naming the field; a provider account connected in another workspace is a 409
 * {@code channel-account-taken} that names no workspace; more channels than the plan allows is the quota problem.
 */
@ProviderType
public interface ChannelService {

    /** A new channel and the secrets the server made for it (e.g. the webhook kind's {@code secret}), shown only here. */
    record Created(Channel channel, Map<String, String> shownOnce) {
    }

    /** Creates and connects a channel; a provider that cannot be reached gives {@code needs_attention}, never a failure. */
    Created create(String kind, String name, Map<String, Object> settings);

    /** Oldest first, after {@code afterId} when given. */
    List<Channel> list(String afterId, int limit);

    Optional<Channel> get(String id);

    /** Changes the name and/or settings (null leaves them); settings are merged, secrets replaced only when given. */
    Channel update(String id, String name, Map<String, Object> settings);

    /** Checks the connection again and records the outcome in the status. */
    Channel test(String id);

    /** Deletes the channel with its conversations, messages and pending work; frees its provider account. */
    void delete(String id);

    /** How many channels the workspace has: the plan's {@code channels} quota counts this. */
    long count();

    /**
     * The ids of the kinds installed now that staff connect themselves, e.g. {@code webhook}; a kind whose channel another
     * capability makes (the request-for-quote form's {@code webform}) is left out.
     */
    List<String> kinds();
}
