package org.offerbridge.parser.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.offerbridge.parser.engine.CatalogIndex;
import org.offerbridge.parser.engine.CatalogItem;
import org.offerbridge.parser.engine.RequestParser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the parser up once the bundle starts, in the background: the first parse would otherwise pay for loading
 * the analyzers, ICU's number rules and transliterators (most of a second). A made-up catalog and one message in
 * each supported language are parsed a few times, which loads all of that; nothing is stored. It used to parse them
 * 2,400 times to train the JIT as well, which cost seconds of CPU at every start and in every test container while
 * the rest of the server was starting: real traffic trains the JIT soon enough.
 */
@Component(immediate = true)
public class ParserWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(ParserWarmup.class);
    static final int ROUNDS = 3;

    static final List<CatalogItem> CATALOG = List.of(
            new CatalogItem("W-BOLT-M8", "Hex bolt M8x40", List.of("bolt"), "pcs"),
            new CatalogItem("W-TAPE", "PVC tape blue", List.of(), "roll"),
            new CatalogItem("W-CHAIR", "Стул офисный серый", List.of("стілець"), "pcs"),
            new CatalogItem("W-PAPER", "Papier A4 80 g", List.of("ramette"), "pack"),
            new CatalogItem("W-CUP", "Kaffeetasse weiß", List.of(), "pcs"),
            new CatalogItem("W-GLOVE", "Guantes de nitrilo talla M", List.of(), "box"),
            new CatalogItem("W-PIPE", "पाइप 20 mm", List.of("pipe"), "m"));

    static final List<String> MESSAGES = List.of(
            "Hi, please quote 12 hex bolts M8x40 and two rolls of blue tape. Call 98765 43210",
            "Нужно 8 стульев серых, спасибо",
            "Потрібно п'ять стільців",
            "5000 feuilles A4 80 g en ramettes, et une douzaine de plus",
            "Bitte fünf Kaffeetassen weiß, Bestellung 4711 vom 12.03.",
            "Necesito una docena de cajas de guantes talla M",
            "bhaiya 20 meter pipe bhej do",
            "कृपया 20 मीटर पाइप भेजें");

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "offerbridge-parser-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    @Activate
    public ParserWarmup() {
        worker.execute(ParserWarmup::warm);
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    static int warm() {
        long start = System.nanoTime();
        int parsed = 0;
        try {
            CatalogIndex index = CatalogIndex.build(CATALOG);
            RequestParser parser = new RequestParser();
            for (int round = 0; round < ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
                for (String message : MESSAGES) {
                    parser.parse(message, index);
                    parsed++;
                }
            }
            LOG.info("Parser warmed up: {} parses in {} ms", parsed, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Parser warm-up failed; the first parses will be slower", e);
        }
        return parsed;
    }
}
