package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Micro-F1 over (sku, quantity) on our own evaluation set and, when present, on the shared dev sample. Prints the
 * per-language F1 and p50/p95 latency; asserts only a modest floor so that regressions fail without tuning to texts.
 */
class EvalSetTest {
    private static final double FLOOR = 0.6;

    @Test
    void ownEvaluationSet() throws Exception {
        EvalSupport.Result r = EvalSupport.evaluate(Path.of("src/test/resources/eval"));
        report("own eval set", r);
        assertTrue(r.overall().f1() >= FLOOR, "own set F1 " + r.overall().f1());
    }

    @Test
    void sharedDevSample() throws Exception {
        // shared/ lies beside the project's checkout (as for the developers and CI); tests run in this module's folder
        Path dir = Path.of("../../../../shared/samples/rfq");
        assumeTrue(Files.exists(dir.resolve("cases.jsonl")), "dev sample not present");
        EvalSupport.Result r = EvalSupport.evaluate(dir);
        report("dev sample", r);
        assertTrue(r.overall().f1() >= FLOOR, "dev sample F1 " + r.overall().f1());
    }

    private static String latency(String kind, List<Long> values) {
        List<Long> ns = new ArrayList<>(values);
        Collections.sort(ns);
        return String.format("  latency per parse (%s, after one warm-up pass): p50=%.2f ms p95=%.2f ms max=%.2f ms (n=%d)%n", kind,
                ns.get(ns.size() / 2) / 1e6, ns.get((int) Math.ceil(ns.size() * 0.95) - 1) / 1e6, ns.get(ns.size() - 1) / 1e6, ns.size());
    }

    static void report(String name, EvalSupport.Result r) {
        StringBuilder b = new StringBuilder("\n=== ").append(name).append(": ").append(r.overall()).append('\n');
        for (Map.Entry<String, EvalSupport.Score> e : r.perLang().entrySet()) {
            b.append(String.format("  %-8s %s%n", e.getKey(), e.getValue()));
        }
        b.append(latency("wall", r.nanos())).append(latency("cpu ", r.cpuNanos()));
        if (Boolean.getBoolean("eval.verbose") || System.getenv("EVAL_VERBOSE") != null) {
            for (String f : r.failures()) b.append("  MISS ").append(f).append('\n');
        }
        System.out.println(b);
    }
}
