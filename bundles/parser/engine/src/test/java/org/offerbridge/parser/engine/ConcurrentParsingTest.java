package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser and one index per catalog shared by 8 threads give the same results as a single thread. */
class ConcurrentParsingTest {

    @Test void eightThreadsAgreeWithOne() throws Exception {
        Path dir = Path.of("src/test/resources/eval");
        Map<String, CatalogIndex> indexes = new HashMap<>();
        try (var files = Files.list(dir.resolve("catalogs"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString().replace(".csv", "");
                indexes.put(name, CatalogIndex.build(EvalSupport.loadCatalog(p)));
            }
        }
        List<EvalSupport.Case> cases = new ArrayList<>();
        for (EvalSupport.Case c : EvalSupport.loadCases(dir.resolve("cases.jsonl"))) {
            if (indexes.containsKey(c.catalog())) cases.add(c);
        }
        RequestParser parser = new RequestParser();
        List<ParseResult> expected = new ArrayList<>();
        for (EvalSupport.Case c : cases) expected.add(parser.parse(c.text(), indexes.get(c.catalog())));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ParseResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int shift = t;
                futures.add(pool.submit(() -> {
                    List<ParseResult> out = new ArrayList<>();
                    for (int k = 0; k < cases.size(); k++) out.add(null);
                    for (int round = 0; round < 5; round++) {
                        for (int k = 0; k < cases.size(); k++) {
                            int i = (k + shift * 7) % cases.size(); // threads work on different cases at the same time
                            EvalSupport.Case c = cases.get(i);
                            out.set(i, parser.parse(c.text(), indexes.get(c.catalog())));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<ParseResult>> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
