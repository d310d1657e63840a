package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The blind dev2 set (src/test/resources/dev2): written without looking at the engine and never used to
 * tune it, so its score says how the parser does on catalogs and messages it has not seen. Printed per language;
 * only a floor is asserted, so that a collapse fails the build.
 */
class Dev2SetTest {
    private static final double FLOOR = 0.5;

    @Test
    void holdoutSet() throws Exception {
        EvalSupport.Result r = EvalSupport.evaluate(Path.of("src/test/resources/dev2"));
        StringBuilder b = new StringBuilder("\n=== dev2 set: ").append(r.overall()).append('\n');
        for (Map.Entry<String, EvalSupport.Score> e : r.perLang().entrySet()) {
            b.append(String.format("  %-8s %s%n", e.getKey(), e.getValue()));
        }
        if (Boolean.getBoolean("eval.verbose") || System.getenv("EVAL_VERBOSE") != null) {
            r.failures().forEach(f -> b.append("  MISS ").append(f).append('\n'));
        }
        System.out.println(b);
        assertTrue(r.overall().f1() >= FLOOR, "hold-out F1 " + r.overall().f1());
    }
}
