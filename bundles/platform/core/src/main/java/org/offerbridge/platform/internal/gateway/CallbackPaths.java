package org.offerbridge.platform.internal.gateway;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.Path;

import org.osgi.service.component.annotations.Component;

/**
 * The path templates of the {@link org.offerbridge.platform.api.rest.ProviderCallback} methods the API serves, learnt
 * when the authorization feature configures each method, so that the gateway, which runs before a request is matched
 * to a method, can tell a provider's callback by its path.
 */
@Component(service = CallbackPaths.class)
public class CallbackPaths {
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");
    private final Map<String, Pattern> templates = new ConcurrentHashMap<>();

    /** Remembers the path of a callback method: its class's and its own {@code @Path}, parameters as one segment each. */
    void add(Class<?> resource, Method method) {
        String template = join(resource.getAnnotation(Path.class), method.getAnnotation(Path.class));
        templates.computeIfAbsent(template, CallbackPaths::compile);
    }

    /** True for a request path (relative to the API's base, as JAX-RS gives it) of a callback method. */
    public boolean matches(String path) {
        String p = strip(path);
        for (Pattern t : templates.values()) {
            if (t.matcher(p).matches()) {
                return true;
            }
        }
        return false;
    }

    static String join(Path type, Path method) {
        String a = type == null ? "" : strip(type.value());
        String b = method == null ? "" : strip(method.value());
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
    }

    static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String strip(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
