package org.offerbridge.platform.internal.gateway;

import javax.ws.rs.core.Application;

import org.offerbridge.platform.api.rest.ApiExtensions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application behind /api/v1. It requires the gateway, authorization, problem and JSON
 * extensions: while any of them is missing the whiteboard serves nothing, so the API fails closed.
 */
@Component(service = Application.class)
@JaxrsName(ApiExtensions.APPLICATION_NAME)
@JaxrsApplicationBase("api/v1")
@JaxrsExtensionSelect({ApiExtensions.GATEWAY, ApiExtensions.AUTHORIZATION, ApiExtensions.PROBLEMS, ApiExtensions.JSON})
public class OfferbridgeApplication extends Application {
}
