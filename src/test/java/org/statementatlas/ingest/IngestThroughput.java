package org.statementatlas.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jboss.logging.Logger;
import org.statementatlas.pipeline.IngestPipeline;
import org.statementatlas.pipeline.IngestRequest;
import org.statementatlas.pipeline.StatementLinker;

/**
 * Benchmark, not a test: how many articles per second the pipeline (chrome removal, metadata, mentions, claims, quotes,
 * resolutions, linking; no database) processes, on the five bundled articles. Run by {@code bench/ingest-throughput.sh}.
 * Arguments: warm-up seconds, number of measured rounds, seconds per round.
 */
public final class IngestThroughput {

    private static final Logger LOG = Logger.getLogger(IngestThroughput.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IngestThroughput() {
    }

    public static void main(String... args) {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 3;

        long built = System.nanoTime();
        IngestPipeline pipeline = TestData.pipeline();
        List<StatementLinker.Candidate> candidates = TestData.candidates();
        double buildMs = (System.nanoTime() - built) / 1e6;
        List<IngestRequest> articles = new ArrayList<>();
        TestData.read("/dataset/reference-facts.json").get("articles").forEach(a -> articles.add(new IngestRequest(
                TestData.text("/dataset/" + a.get("file").asText()), a.get("url").asText(), null, null, null, null)));

        run(pipeline, candidates, articles, warmup);
        double[] rates = new double[rounds];
        double[] cpuRates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            rates[i] = run(pipeline, candidates, articles, seconds);
            // On a shared machine the thread is often descheduled: per CPU second is the steadier figure.
            cpuRates[i] = rates[i] * (System.nanoTime() - wall) / (double) (THREADS.getCurrentThreadCpuTime() - cpu);
            LOG.infof("round %d: %.0f articles/s (%.0f per CPU second)", i + 1, rates[i], cpuRates[i]);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        LOG.info(String.format(Locale.ROOT,
                "pipeline built in %.0f ms (dictionary of %d terms); median %.0f articles/s (%.0f per CPU second)"
                        + " over %d rounds of %.0f s (min %.0f, max %.0f), %d bundled articles, 1 thread",
                buildMs, TestData.terms().size(), rates[rounds / 2], cpuRates[rounds / 2], rounds, seconds, rates[0],
                rates[rounds - 1], articles.size()));
    }

    private static double run(IngestPipeline pipeline, List<StatementLinker.Candidate> candidates,
            List<IngestRequest> articles, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long started = System.nanoTime();
        long done = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (IngestRequest article : articles) {
                sink += pipeline.run(article, candidates).mentions().size();
                done++;
            }
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return done / ((System.nanoTime() - started) / 1e9);
    }
}
