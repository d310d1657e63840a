package org.offerbridge.catalog.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.offerbridge.catalog.api.ImportResult;

/** Counts what an import did and words the summary that goes to the tenant's system messages. */
final class ImportTally {
    private static final int LINES_PER_KIND = 10;

    int imported;
    int updated;
    long rows;
    long errorCount;
    final List<ImportResult.LineError> errors = new ArrayList<>();
    private final Map<CatalogCsvReader.Problem, List<Long>> lines = new EnumMap<>(CatalogCsvReader.Problem.class);
    private final Map<CatalogCsvReader.Problem, Long> counts = new EnumMap<>(CatalogCsvReader.Problem.class);

    void reject(CatalogCsvReader.Rejected r) {
        errorCount++;
        if (errors.size() < ImportResult.MAX_LISTED_ERRORS) {
            errors.add(r.error());
        }
        counts.merge(r.problem(), 1L, Long::sum);
        List<Long> l = lines.computeIfAbsent(r.problem(), k -> new ArrayList<>());
        if (l.size() < LINES_PER_KIND) {
            l.add(r.error().line());
        }
    }

    ImportResult result(boolean dryRun, long durationMillis) {
        return new ImportResult(imported, updated, List.copyOf(errors), errorCount, rows, dryRun, durationMillis);
    }

    /** E.g. "Catalog import skipped 3 lines: 2 duplicate SKUs (lines 7, 9); 1 negative price (line 12)". */
    String summary() {
        StringBuilder sb = new StringBuilder("Catalog import skipped ").append(errorCount)
                .append(errorCount == 1 ? " line" : " lines").append(": ");
        String sep = "";
        for (var e : counts.entrySet()) {
            long n = e.getValue();
            sb.append(sep).append(n).append(' ').append(label(e.getKey(), n));
            List<Long> l = lines.get(e.getKey());
            sb.append(" (line").append(l.size() == 1 ? " " : "s ");
            sb.append(String.join(", ", l.stream().map(String::valueOf).toList()));
            sb.append(n > l.size() ? ", …)" : ")");
            sep = "; ";
        }
        return sb.toString();
    }

    private static String label(CatalogCsvReader.Problem p, long n) {
        String one = switch (p) {
            case DUPLICATE_SKU -> "duplicate SKU";
            case NEGATIVE_PRICE -> "negative price";
            case UNKNOWN_UNIT -> "unknown unit";
            case OTHER -> "other invalid line";
        };
        return n == 1 ? one : one + "s";
    }
}
