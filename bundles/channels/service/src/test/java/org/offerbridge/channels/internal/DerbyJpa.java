package org.offerbridge.channels.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The channels persistence unit on a real Derby (in memory, one database per instance) with resource-local
 * transactions: each outermost {@code txExpr} is one Derby transaction, committed when the work returns and rolled
 * back when it throws, as Aries JPA's template does with JTA in the server.
 */
final class DerbyJpa implements JpaTemplate, AutoCloseable {
    private final String url = "jdbc:derby:memory:channels-" + UUID.randomUUID();
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    DerbyJpa() {
        Map<String, Object> p = new HashMap<>();
        p.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("javax.persistence.jtaDataSource", "");
        p.put("javax.persistence.nonJtaDataSource", "");
        p.put("javax.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
        p.put("javax.persistence.jdbc.url", url + ";create=true");
        p.put("eclipselink.logging.level", "WARNING");
        emf = Persistence.createEntityManagerFactory("offerbridge-channels", p);
        emf.createEntityManager().close(); // makes the tables now
    }

    /** A plain JDBC connection to the same database, to read rows as stored (with their tenant column). */
    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager outer = current.get();
        if (outer != null) {
            return code.apply(outer);
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction t = em.getTransaction();
        try {
            t.begin();
            R r = code.apply(em);
            t.commit();
            return r;
        } catch (RuntimeException e) {
            if (t.isActive()) {
                t.rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        emf.close();
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException dropped) {
            // Derby answers a dropped database with an exception
        }
    }
}
