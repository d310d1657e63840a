package org.offerbridge.rfqform.internal.notify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One accepted submission as the seller's notification shows it (the human summary and the machine-readable
 * {@value RfqJson#SCHEMA} document). {@code language} is the customer's.
 */
public record Rfq(String reference, Instant receivedAt, String language, Contact contact, List<Item> items, String message,
        List<FileInfo> files) {

    public Rfq {
        items = List.copyOf(items);
        files = List.copyOf(files);
    }

    /** The customer's contact details; any may be null. */
    public record Contact(String name, String email, String phone, String company) {
    }

    /** A chosen product: options are option name to chosen value, in the product's order. */
    public record Item(String sku, String name, BigDecimal quantity, String unit, Map<String, String> options) {
        public Item {
            options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /** A file the customer sent, with its size in bytes. */
    public record FileInfo(String name, String contentType, long size) {
    }

    /** All files' bytes together. */
    public long filesBytes() {
        return files.stream().mapToLong(FileInfo::size).sum();
    }
}
