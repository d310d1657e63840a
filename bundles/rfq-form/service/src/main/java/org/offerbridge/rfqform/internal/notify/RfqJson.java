package org.offerbridge.rfqform.internal.notify;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The machine-readable form of a submission sent with the seller's notification as {@code rfq-<reference>.json}. Its
 * schema is versioned ({@value #SCHEMA}) and shipped as {@value #SCHEMA_RESOURCE}; a change that is not an addition of
 * optional members gets a new version.
 */
public final class RfqJson {
    public static final String SCHEMA = "offerbridge.rfq/1";
    public static final String SCHEMA_RESOURCE = "/schema/offerbridge.rfq-1.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private RfqJson() {
    }

    /** The file's name for a reference. */
    public static String fileName(String reference) {
        return "rfq-" + reference + ".json";
    }

    /**
     * The document. {@code requestLink} is the request in the admin UI (sign-in needed); files not attached
     * ({@code attached} false) carry it as their {@code url}, never a public address.
     */
    public static String of(Rfq r, String requestLink, boolean attached) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("reference", r.reference());
        m.put("receivedAt", DateTimeFormatter.ISO_INSTANT.format(r.receivedAt()));
        m.put("language", r.language());
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", r.contact().name());
        contact.put("email", r.contact().email());
        contact.put("phone", r.contact().phone());
        contact.put("company", r.contact().company());
        m.put("contact", contact);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Rfq.Item i : r.items()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sku", i.sku());
            o.put("name", i.name());
            o.put("quantity", new BigDecimal(i.quantity().stripTrailingZeros().toPlainString()));
            o.put("unit", i.unit());
            o.put("options", i.options());
            items.add(o);
        }
        m.put("items", items);
        m.put("message", r.message());
        List<Map<String, Object>> files = new ArrayList<>();
        for (Rfq.FileInfo f : r.files()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", f.name());
            o.put("contentType", f.contentType());
            o.put("size", f.size());
            if (!attached) {
                o.put("url", requestLink);
            }
            files.add(o);
        }
        m.put("files", files);
        m.put("links", Map.of("request", requestLink));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a submission did not serialise", e);
        }
    }
}
