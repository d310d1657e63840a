package org.offerbridge.quotation.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.offerbridge.quotation.pdf.QuoteDocument;
import org.offerbridge.quotation.pdf.QuoteDocument.Template;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time to render a 20-line quote once warm. Run by hand, not in the build:
 * <pre>
 * mvn -B -o test-compile -pl bundles/quotation/pdf -am
 * cd bundles/quotation/pdf &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" \
 *     org.offerbridge.quotation.pdf.internal.RenderBenchmark
 * </pre>
 * ({@code target/test-cp.txt}: {@code mvn dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt}.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    @Param({"en-GB", "hi-IN"})
    public String locale;

    private OpenPdfQuoteRenderer renderer;
    private QuoteDocument doc;

    @Setup
    public void setUp() {
        renderer = new OpenPdfQuoteRenderer();
        Template template = new Template(Quotes.png(240, 80, 0x1A73E8), "#1A73E8", "Payment within 30 days.",
                "Acme Supplies GmbH · IBAN DE00 1234");
        doc = Quotes.quote("B-20", Locale.forLanguageTag(locale), "EUR", template, 20);
    }

    @Benchmark
    public int render20Lines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(doc, out);
        return out.size();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RenderBenchmark.class.getSimpleName()).build()).run();
    }
}
