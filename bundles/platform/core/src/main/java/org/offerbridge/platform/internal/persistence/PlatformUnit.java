package org.offerbridge.platform.internal.persistence;

/** The platform's persistence unit, as Aries JPA publishes it. */
public final class PlatformUnit {
    public static final String NAME = "offerbridge-platform";
    public static final String TARGET = "(osgi.unit.name=" + NAME + ")";

    private PlatformUnit() {
    }
}
