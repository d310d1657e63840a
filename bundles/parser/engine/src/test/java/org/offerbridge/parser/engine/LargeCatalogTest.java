package org.offerbridge.parser.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 2,000-product synthetic catalog: lookups stay exact among many near neighbours; build time is printed only. */
class LargeCatalogTest {
    private static final String[] KINDS = {"hex bolt", "hex nut", "wood screw", "washer", "threaded rod"};
    private static final String[] SIZES = {"M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16"};
    private static final int[] LENGTHS = {10, 16, 20, 25, 30, 40, 50, 60, 80, 100};
    private static final String[] FINISH = {"zinc plated", "stainless steel A2", "stainless steel A4", "black oxide",
            "hot dip galvanised"};
    private static final String[] FINISH_CODE = {"ZP", "A2", "A4", "BO", "HDG"};

    static List<CatalogItem> catalog() {
        List<CatalogItem> items = new ArrayList<>();
        for (int fi = 0; fi < FINISH.length; fi++) {
            String f = FINISH[fi];
            for (String k : KINDS) {
                for (String s : SIZES) {
                    for (int l : LENGTHS) {
                        String sku = (initials(k) + "-" + s + "-" + l + "-" + FINISH_CODE[fi]).toUpperCase();
                        items.add(new CatalogItem(sku, s + "x" + l + " " + k + " DIN, " + f, List.of(s + " " + k + " " + l + " mm"), "pcs"));
                    }
                }
            }
        }
        return items;
    }

    private static String initials(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) b.append(w.charAt(0));
        return b.toString();
    }

    @Test void buildsAndFindsNeighbours() {
        List<CatalogItem> items = catalog();
        assertEquals(2000, items.size());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
        CatalogIndex ix = CatalogIndex.build(items);
        long cold = System.nanoTime() - t0, coldCpu = mx.getCurrentThreadCpuTime() - c0;
        t0 = System.nanoTime();
        c0 = mx.getCurrentThreadCpuTime();
        ix = CatalogIndex.build(items);
        System.out.printf("2,000-product index built in %.1f ms wall / %.1f ms cpu (first build in this JVM: %.1f ms wall / %.1f ms cpu)%n",
                (System.nanoTime() - t0) / 1e6, (mx.getCurrentThreadCpuTime() - c0) / 1e6, cold / 1e6, coldCpu / 1e6);
        RequestParser p = new RequestParser();

        for (int warm = 0; warm < 20; warm++) p.parse("need 50 M8x40 hex bolts zinc plated", ix);
        t0 = System.nanoTime();
        c0 = mx.getCurrentThreadCpuTime();
        assertLine(p.parse("need 50 M8x40 hex bolts zinc plated", ix), "HB-M8-40-ZP", 50);
        assertLine(p.parse("need 50 M8x60 hex bolts zinc plated", ix), "HB-M8-60-ZP", 50);
        assertLine(p.parse("please quote 200 hex nuts M10x20 stainless steel A4", ix), "HN-M10-20-A4", 200);
        assertLine(p.parse("wood screw M5 x 30 black oxide, 100 pcs", ix), "WS-M5-30-BO", 100);
        System.out.printf("4 parses against it in %.1f ms wall / %.1f ms cpu%n", (System.nanoTime() - t0) / 1e6,
                (mx.getCurrentThreadCpuTime() - c0) / 1e6);
        // steady state (after the JIT has compiled the parser): what a long-running service sees
        String[] msgs = {"need 50 M8x40 hex bolts zinc plated", "please quote 200 hex nuts M10x20 stainless steel A4",
                "wood screw M5 x 30 black oxide, 100 pcs"};
        for (int i = 0; i < 300; i++) for (String m : msgs) p.parse(m, ix);
        c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < 100; i++) for (String m : msgs) p.parse(m, ix);
        System.out.printf("steady state: %.2f ms cpu per parse against 2,000 products%n", (mx.getCurrentThreadCpuTime() - c0) / 1e6 / 300);
    }

    private static void assertLine(ParseResult r, String sku, int qty) {
        assertEquals(1, r.lines().size(), r.toString());
        assertEquals(sku, r.lines().get(0).sku(), r.toString());
        assertEquals(0, new BigDecimal(qty).compareTo(r.lines().get(0).quantity()), r.toString());
    }
}
