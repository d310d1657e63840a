package org.offerbridge.platform.api.fields;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * A field of a PATCH body, which tells "absent" (leave as it is) from an explicit {@code null} (clear it) and from a
 * value. Declare record components as {@code Patch<String>}, {@code Patch<List<String>>}, ...: the gateway's mapper
 * binds an absent field to {@link #absent()}, {@code null} to {@link #clear()}, anything else to {@link #of}.
 */
@JsonDeserialize(using = Patch.Binder.class)
public final class Patch<T> {
    private static final Patch<?> ABSENT = new Patch<>(false, null);
    private static final Patch<?> CLEAR = new Patch<>(true, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> clear() {
        return (Patch<T>) CLEAR;
    }

    public static <T> Patch<T> of(T value) {
        return value == null ? clear() : new Patch<>(true, value);
    }

    /** Null-safe: a record component left null (by a caller building it in code) is absent. */
    public static boolean isPresent(Patch<?> patch) {
        return patch != null && patch.present;
    }

    /** True when the body named the field, with a value or with null. */
    public boolean present() {
        return present;
    }

    /** True when the body named the field with {@code null}. */
    public boolean cleared() {
        return present && value == null;
    }

    /** The value, or null when absent or cleared. */
    public T value() {
        return value;
    }

    /** This value checked and converted by {@code rule} (which sees null for a cleared field); absent stays absent. */
    public <R> Patch<R> map(Function<? super T, ? extends R> rule) {
        return present ? Patch.of(rule.apply(value)) : absent();
    }

    /** The value when present (null when cleared), else {@code current}. */
    public T orElse(T current) {
        return present ? value : current;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patch<?> p && p.present == present && Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return present ? "Patch[" + value + "]" : "Patch[absent]";
    }

    /** Binds a JSON field to a {@link Patch} of the declared element type. */
    public static final class Binder extends JsonDeserializer<Patch<?>> implements ContextualDeserializer {
        private final JavaType type;

        public Binder() {
            this(null);
        }

        private Binder(JavaType type) {
            this.type = type;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType declared = property != null ? property.getType() : ctxt.getContextualType();
            JavaType element = declared == null ? null : declared.containedType(0);
            return new Binder(element != null ? element : ctxt.constructType(Object.class));
        }

        @Override
        public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object v = ctxt.readValue(p, type);
            return Patch.of(v);
        }

        @Override
        public Patch<?> getNullValue(DeserializationContext ctxt) {
            return Patch.clear();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Patch.absent();
        }
    }
}
