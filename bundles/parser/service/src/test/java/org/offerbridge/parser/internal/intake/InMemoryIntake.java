package org.offerbridge.parser.internal.intake;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Requests kept in a map behind a JpaTemplate that behaves like a transaction: work that throws leaves the requests as
 * they were (rolled back). Queries answer nothing, so a proposal is always empty. Enough for the store's state changes.
 */
final class InMemoryIntake implements JpaTemplate {
    final Map<String, IntakeRequestEntity> requests = new LinkedHashMap<>();
    int rollbacks;
    private boolean inTransaction;

    boolean inTransaction() {
        return inTransaction;
    }

    IntakeRequestEntity add(String id, String status) {
        IntakeRequestEntity r = new IntakeRequestEntity();
        r.id = id;
        r.status = status;
        r.channel = "email";
        r.text = "12 bolts";
        r.receivedAt = 1_700_000_000_000L;
        requests.put(id, r);
        return r;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (inTransaction) {
            return code.apply(entityManager());
        }
        Map<String, IntakeRequestEntity> before = new HashMap<>();
        requests.forEach((id, r) -> before.put(id, copy(r)));
        inTransaction = true;
        try {
            return code.apply(entityManager());
        } catch (RuntimeException e) {
            rollbacks++;
            requests.clear();
            requests.putAll(before);
            throw e;
        } finally {
            inTransaction = false;
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

    private EntityManager entityManager() {
        Map<String, Object> properties = new HashMap<>();
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { EntityManager.class },
                (proxy, method, args) -> switch (method.getName()) {
                case "find" -> args[0] == IntakeRequestEntity.class ? requests.get(args[1]) : null;
                case "persist" -> {
                    if (args[0] instanceof IntakeRequestEntity r) {
                        requests.put(r.id, r);
                    }
                    yield null;
                }
                case "remove" -> {
                    if (args[0] instanceof IntakeRequestEntity r) {
                        requests.remove(r.id);
                    }
                    yield null;
                }
                case "getProperties" -> properties;
                case "setProperty" -> properties.put((String) args[0], args[1]);
                case "createQuery" -> emptyQuery();
                default -> null;
                });
    }

    private static TypedQuery<?> emptyQuery() {
        return (TypedQuery<?>) Proxy.newProxyInstance(InMemoryIntake.class.getClassLoader(), new Class<?>[] { TypedQuery.class },
                (proxy, method, args) -> method.getName().equals("getResultList") ? List.of() : proxy);
    }

    private static IntakeRequestEntity copy(IntakeRequestEntity r) {
        IntakeRequestEntity c = new IntakeRequestEntity();
        try {
            for (Field f : IntakeRequestEntity.class.getFields()) {
                f.set(c, f.get(r));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }
}
