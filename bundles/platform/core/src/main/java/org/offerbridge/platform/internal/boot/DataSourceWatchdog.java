package org.offerbridge.platform.internal.boot;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the database pool started when pax-jdbc lost a start-up race. At boot the transaction manager
 * re-registers once its configuration arrives; if pax-jdbc creates the pooled XA DataSource in that moment it
 * logs "Error creating pooled datasource: transactionManager" and never tries again, so every persistence
 * unit, and with them the whole API, waits forever. This component depends on nothing of that stack: it checks
 * a few times after start and, if the DataSource is still missing, re-delivers its configuration so pax-jdbc
 * creates it again.
 */
@Component(immediate = true)
public class DataSourceWatchdog {
    private static final Logger LOG = LoggerFactory.getLogger(DataSourceWatchdog.class);
    static final String FACTORY_PID = "org.ops4j.datasource";
    static final String NAME = "offerbridge";
    private static final long[] CHECK_AFTER_SECONDS = {30, 60, 120, 240};

    private final ConfigurationAdmin configAdmin;
    private final BundleContext context;
    private final ScheduledExecutorService timer;

    @Activate
    public DataSourceWatchdog(@Reference ConfigurationAdmin configAdmin, BundleContext context) {
        this.configAdmin = configAdmin;
        this.context = context;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "offerbridge-datasource-watchdog");
            t.setDaemon(true);
            return t;
        });
        BooleanSupplier present = this::hasNamedDataSource;
        for (long seconds : CHECK_AFTER_SECONDS) {
            timer.schedule(() -> check(present, configAdmin), seconds, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private boolean hasNamedDataSource() {
        try {
            return context.getServiceReferences(javax.sql.DataSource.class.getName(), "(osgi.jndi.service.name=" + NAME + ")") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Re-delivers the DataSource configuration when the DataSource is missing; true when it did. */
    static boolean check(BooleanSupplier dataSourcePresent, ConfigurationAdmin configAdmin) {
        if (dataSourcePresent.getAsBoolean()) {
            return false;
        }
        try {
            Configuration[] configs = configAdmin.listConfigurations(
                    "(&(service.factoryPid=" + FACTORY_PID + ")(dataSourceName=" + NAME + "))");
            if (configs == null || configs.length == 0) {
                return false; // no database configured here: nothing to restart
            }
            for (Configuration c : configs) {
                LOG.warn("The database pool '{}' has not started; asking pax-jdbc to create it again", NAME);
                c.update(c.getProperties());
            }
            return true;
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.warn("Could not restart the database pool '{}'", NAME, e);
            return false;
        }
    }
}
