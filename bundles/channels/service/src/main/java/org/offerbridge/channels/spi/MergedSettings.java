package org.offerbridge.channels.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.offerbridge.platform.api.fields.FieldRules;

/**
 * The settings a caller gave merged over a channel's current ones, the first step of every kind's
 * {@link ChannelKind#settings}: only the kind's own names are taken (400 naming {@code settings.<name>} for any other),
 * each as text (a JSON number or boolean becomes its text; an object or list is refused), and null or blank removes a
 * value (an empty secret), which is how an optional setting is cleared. Current values of names the kind no longer knows are dropped.
 * The kind then checks each value for what it means (a host, a port, an id).
 *
 * @since 1.3
 */
public record MergedSettings(Map<String, String> values, Map<String, String> secrets) {
    /** Far above any setting's own limit: bounds the input before the kind checks it. */
    static final int MAX_VALUE = 4000;

    public MergedSettings {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    public static MergedSettings over(Map<String, Object> given, ChannelSettings current, Set<String> valueNames, Set<String> secretNames) {
        Map<String, String> values = new HashMap<>(current.values());
        values.keySet().retainAll(valueNames);
        Map<String, String> secrets = new HashMap<>(current.secrets());
        secrets.keySet().retainAll(secretNames);
        for (Map.Entry<String, Object> e : given.entrySet()) {
            String name = e.getKey();
            String field = "settings." + name;
            boolean secret = secretNames.contains(name);
            if (!secret && !valueNames.contains(name)) {
                throw FieldRules.invalid(field, field + " is not a setting of this channel kind", "channels.unknownSetting", field);
            }
            Object v = e.getValue();
            if (v != null && !(v instanceof String) && !(v instanceof Number) && !(v instanceof Boolean)) {
                throw FieldRules.invalid(field, field + " must be text", "channels.notText", field);
            }
            // a secret is kept exactly as given (a password may end in a space); a plain value is trimmed
            String text = v == null ? null : secret ? v.toString() : FieldRules.text(field, v.toString(), MAX_VALUE);
            if (text != null && text.length() > MAX_VALUE) {
                throw FieldRules.invalid(field, field + " must be at most " + MAX_VALUE + " characters", "field.tooLong", field, MAX_VALUE);
            }
            Map<String, String> target = secret ? secrets : values;
            if (text == null || text.isEmpty()) {
                target.remove(name);
            } else {
                target.put(name, text);
            }
        }
        return new MergedSettings(values, secrets);
    }

    public String value(String name) {
        return values.get(name);
    }

    public String secret(String name) {
        return secrets.get(name);
    }

    @Override
    public String toString() {
        return "MergedSettings[values=" + values.keySet() + ", secrets=" + secrets.keySet() + "]";
    }
}
