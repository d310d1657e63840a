package org.offerbridge.catalog.internal;

import org.offerbridge.catalog.api.InvalidProductException;

/** A SKU that another product of the tenant already has (compared without regard to case). */
public final class DuplicateSkuException extends InvalidProductException {
    private static final long serialVersionUID = 1L;

    DuplicateSkuException(String sku) {
        super("sku", "another product already has the SKU '" + sku + "'");
    }
}
