package org.offerbridge.channels.meta.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.MergedSettings;
import org.offerbridge.platform.api.fields.FieldRules;

/**
 * A Meta channel's settings given over the current ones: each value must be text; a secret left out keeps its stored
 * value (secrets are never shown, so an update cannot repeat them); any name the kind does not know is refused.
 */
final class MetaSettings {
    static final int MAX_VALUE = 1000;

    final Map<String, String> values;
    final Map<String, String> secrets;

    private MetaSettings(Map<String, String> values, Map<String, String> secrets) {
        this.values = values;
        this.secrets = secrets;
    }

    static MetaSettings merge(Map<String, Object> given, ChannelSettings current, Set<String> valueNames, Set<String> secretNames) {
        MergedSettings merged = MergedSettings.over(given, current, valueNames, secretNames);
        Map<String, String> values = new LinkedHashMap<>(merged.values());
        Map<String, String> secrets = new HashMap<>();
        // Meta's tokens and secrets never hold spaces: a pasted trailing newline is dropped, not sent to Meta
        merged.secrets().forEach((name, v) -> secrets.put(name, FieldRules.text("settings." + name, v, MAX_VALUE)));
        secrets.values().removeIf(java.util.Objects::isNull);
        return new MetaSettings(values, secrets);
    }

    /** A required plain value: present, digits only (Meta's ids are numbers). */
    String requiredId(String name) {
        String field = "settings." + name;
        String v = FieldRules.required(field, values.get(name));
        if (!v.chars().allMatch(Character::isDigit) || v.length() > 30) {
            throw FieldRules.invalid(field, field + " must be the numeric id Meta shows", "field.number", field);
        }
        return v;
    }

    void requireSecret(String name) {
        FieldRules.required("settings." + name, secrets.get(name));
    }
}
