package org.offerbridge.parser.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Loads catalogs (CSV) and cases (JSONL) in the dev-sample format and scores the parser (micro-F1 over (sku, qty)). */
final class EvalSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String id, String catalog, String lang, String text, Map<String, BigDecimal> expect, int unmatched) {}

    static List<CatalogItem> loadCatalog(Path csv) throws IOException {
        List<CatalogItem> items = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                String aliases = rec.get("aliases");
                items.add(new CatalogItem(rec.get("sku"), rec.get("name"),
                        aliases.isBlank() ? List.of() : Arrays.asList(aliases.split("\\|")), rec.get("unit")));
            }
        }
        return items;
    }

    static List<Case> loadCases(Path jsonl) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            Map<String, BigDecimal> exp = new TreeMap<>();
            for (JsonNode l : n.get("expect").get("lines")) {
                exp.merge(l.get("sku").asText(), l.get("quantity").decimalValue(), BigDecimal::add);
            }
            out.add(new Case(n.get("id").asText(), n.get("catalog").asText(), n.get("lang").asText(), n.get("text").asText(),
                    exp, n.get("expect").get("unmatched").asInt()));
        }
        return out;
    }

    /** Counts for micro-F1. */
    static final class Score {
        int tp, fp, fn, cases, exact, unmatchedErr;
        void add(Score o) { tp += o.tp; fp += o.fp; fn += o.fn; cases += o.cases; exact += o.exact; unmatchedErr += o.unmatchedErr; }
        double f1() { return tp == 0 ? (fp == 0 && fn == 0 ? 1.0 : 0.0) : 2.0 * tp / (2.0 * tp + fp + fn); }
        @Override public String toString() {
            return String.format("F1=%.3f (tp=%d fp=%d fn=%d) exact=%d/%d unmatchedAbsErr=%d", f1(), tp, fp, fn, exact, cases, unmatchedErr);
        }
    }

    /** nanos: wall time per parse; cpuNanos: the parsing thread's CPU time (robust when the machine is loaded). */
    record Result(Score overall, Map<String, Score> perLang, List<Long> nanos, List<Long> cpuNanos, List<String> failures) {}

    static Result evaluate(Path dir) throws IOException {
        Map<String, CatalogIndex> indexes = new HashMap<>();
        try (var files = Files.list(dir.resolve("catalogs"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".csv")) indexes.put(name.substring(0, name.length() - 4), CatalogIndex.build(loadCatalog(p)));
            }
        }
        RequestParser parser = new RequestParser();
        Score overall = new Score();
        Map<String, Score> perLang = new TreeMap<>();
        List<Long> nanos = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Case> cases = loadCases(dir.resolve("cases.jsonl"));
        for (Case c : cases) parser.parse(c.text(), indexes.get(c.catalog())); // warm-up: class loading, JIT, ICU data
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Case c : cases) {
            CatalogIndex ix = indexes.get(c.catalog());
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ParseResult r = parser.parse(c.text(), ix);
            nanos.add(System.nanoTime() - t0);
            cpu.add(mx.getCurrentThreadCpuTime() - c0);
            Map<String, BigDecimal> got = new TreeMap<>();
            for (ParsedLine l : r.lines()) got.merge(l.sku(), l.quantity(), BigDecimal::add);
            Score s = new Score();
            s.cases = 1;
            for (Map.Entry<String, BigDecimal> e : got.entrySet()) {
                BigDecimal want = c.expect().get(e.getKey());
                if (want != null && want.compareTo(e.getValue()) == 0) s.tp++; else s.fp++;
            }
            for (Map.Entry<String, BigDecimal> e : c.expect().entrySet()) {
                BigDecimal have = got.get(e.getKey());
                if (have == null || have.compareTo(e.getValue()) != 0) s.fn++;
            }
            s.unmatchedErr = Math.abs(r.unmatched().size() - c.unmatched());
            if (s.fp == 0 && s.fn == 0 && s.unmatchedErr == 0) s.exact = 1;
            else failures.add(c.id() + " [" + c.lang() + "] want " + c.expect() + " u=" + c.unmatched() + " got " + got
                    + " u=" + r.unmatched().stream().map(Unmatched::text).toList() + "\n    " + c.text().replace("\n", " / "));
            overall.add(s);
            perLang.computeIfAbsent(c.lang(), k -> new Score()).add(s);
        }
        return new Result(overall, perLang, nanos, cpu, failures);
    }
}
