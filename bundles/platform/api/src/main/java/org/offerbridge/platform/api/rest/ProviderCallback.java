package org.offerbridge.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that providers' servers call without credentials (a messaging provider's webhook, a
 * payment or signature callback). It is {@link Public}, and the method itself must check the provider's proof
 * (signature, secret token) before it stores anything. The per-address limit for anonymous requests does not apply:
 * providers send bursts from a few shared addresses. The platform's higher {@code callbackRequestsPerMinute} per
 * address applies instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ProviderCallback {
}
