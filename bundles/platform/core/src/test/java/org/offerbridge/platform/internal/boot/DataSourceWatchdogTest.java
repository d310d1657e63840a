package org.offerbridge.platform.internal.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class DataSourceWatchdogTest {
    private final List<String> filters = new ArrayList<>();
    private final List<Dictionary<String, Object>> updates = new ArrayList<>();

    private Configuration configuration(Dictionary<String, Object> props) {
        return (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Configuration.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProperties" -> props;
                    case "update" -> {
                        @SuppressWarnings("unchecked")
                        Dictionary<String, Object> d = (Dictionary<String, Object>) args[0];
                        updates.add(d);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private ConfigurationAdmin admin(Configuration... configs) {
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ConfigurationAdmin.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("listConfigurations")) {
                        filters.add((String) args[0]);
                        return configs.length == 0 ? null : configs;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aPresentDataSourceIsLeftAlone() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("dataSourceName", "offerbridge");
        assertFalse(DataSourceWatchdog.check(() -> true, admin(configuration(props))));
        assertTrue(updates.isEmpty());
        assertTrue(filters.isEmpty(), "no need even to look at the configuration");
    }

    @Test
    void aMissingDataSourceGetsItsConfigurationDeliveredAgainUnchanged() {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("dataSourceName", "offerbridge");
        props.put("databaseName", "data/derby/offerbridge");
        assertTrue(DataSourceWatchdog.check(() -> false, admin(configuration(props))));
        assertEquals(List.of(props), updates);
        assertEquals("(&(service.factoryPid=org.ops4j.datasource)(dataSourceName=offerbridge))", filters.get(0));
    }

    @Test
    void withoutAConfiguredDatabaseThereIsNothingToRestart() {
        assertFalse(DataSourceWatchdog.check(() -> false, admin()));
        assertTrue(updates.isEmpty());
    }
}
