package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The two evaluation sets written blind, by people who never saw the engine (src/test/resources): {@code dev2}
 * is for development, {@code holdout} is never looked into or tuned on, so its score says how the parser does on
 * catalogs and messages it has not seen. F1 is printed per language; only a floor is asserted, so that a
 * collapse fails the build without tuning to texts.
 */
class BlindSetsTest {
    private static final double FLOOR = 0.6;

    @Test
    void dev2Set() throws Exception {
        score("dev2 set", "src/test/resources/dev2");
    }

    @Test
    void holdoutSet() throws Exception {
        score("hold-out set", "src/test/resources/holdout");
    }

    private static void score(String name, String dir) throws Exception {
        EvalSupport.Result r = EvalSupport.evaluate(Path.of(dir));
        EvalSetTest.report(name, r);
        assertTrue(r.overall().f1() >= FLOOR, name + " F1 " + r.overall().f1());
    }
}
