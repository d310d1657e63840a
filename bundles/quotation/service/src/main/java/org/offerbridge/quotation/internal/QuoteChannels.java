package org.offerbridge.quotation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.offerbridge.quotation.api.QuoteSender;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The sending channels installed right now, by channel id; they come and go with their bundles. */
@Component(service = QuoteChannels.class)
public class QuoteChannels {
    private final Map<String, QuoteSender> byId = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSender(QuoteSender sender) {
        byId.put(sender.channel(), sender);
    }

    void removeSender(QuoteSender sender) {
        byId.remove(sender.channel(), sender);
    }

    Optional<QuoteSender> get(String channel) {
        return Optional.ofNullable(channel == null ? null : byId.get(channel));
    }
}
