package no.samvirke.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure as a Markdown table (printed and saved) and as JSON, with the machine's load. */
final class Report {

    private final Options options;
    private final List<Load.Result> results = new ArrayList<>();
    private final List<Map<String, Object>> startups = new ArrayList<>();
    private final String loadBefore = uptime();
    private double seedingSeconds;
    private Map<String, Object> heap;
    private Baseline.Figures baseline;

    Report(Options options) {
        this.options = options;
    }

    void startup(String name, App app) {
        startups.add(Bench.map("name", name, "secondsToHealthy", round(app.startupSeconds),
                "springReportedSeconds", app.springStartupSeconds));
    }

    void seeding(double seconds) {
        seedingSeconds = seconds;
    }

    void add(Load.Result result) {
        results.add(result);
    }

    void heap(long maxUsedKb, long usedAtEndKb, long residentKb) {
        heap = Bench.map("maxUsedMb", maxUsedKb / 1024, "usedAtEndMb", usedAtEndKb / 1024,
                "residentMb", residentKb / 1024, "xmx", options.heap());
    }

    void baseline(Baseline.Figures figures) {
        baseline = figures;
    }

    void write() throws IOException {
        String loadAfter = uptime();
        Load.Result registration = results.get(0);
        double ratioStart = registration.throughput() / baseline.start().throughput();
        double ratioBoth = registration.throughput() / baseline.startAndComplete().throughput();
        StringBuilder md = new StringBuilder();
        md.append("### Benchmark ").append(Instant.now()).append(" — ").append(options.db()).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d cases, %d audit entries (seeded in %.1f s), %d clients, %d registrations, "
                        + "%d reads; %d CPUs; load before: `%s`, after: `%s`%n%n", options.cases(), options.auditEntries(),
                seedingSeconds, options.clients(), options.registrations(), options.reads(),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        md.append("| measure | n | throughput/s | p50 ms | p95 ms | p99 ms | max ms | statuses |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        List<Load.Result> all = new ArrayList<>(results);
        all.add(baseline.start());
        all.add(baseline.startAndComplete());
        for (Load.Result r : all) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n", r.name(), r.count(),
                    r.throughput(), r.p50(), r.p95(), r.p99(), r.max(), r.statuses()));
        }
        md.append(String.format(Locale.ROOT, "%n| figure | value | target |%n|---|---|---|%n"
                        + "| registration ÷ bare engine start | %.2f | ≥ 0.6 |%n"
                        + "| registration ÷ bare engine start+complete | %.2f | ≥ 0.6 |%n", ratioStart, ratioBoth));
        for (Map<String, Object> s : startups) {
            md.append(String.format(Locale.ROOT, "| %s | %s s to healthy (Spring: %s s) | ≤ 10 s |%n", s.get("name"),
                    s.get("secondsToHealthy"), s.get("springReportedSeconds")));
        }
        md.append(String.format(Locale.ROOT, "| heap under load | max %s MB used (-Xmx%s), %s MB at end, RSS %s MB | ≤ 512 MB |%n",
                heap.get("maxUsedMb"), options.heap(), heap.get("usedAtEndMb"), heap.get("residentMb")));
        System.out.println();
        System.out.println(md);
        Files.createDirectories(options.out());
        String stamp = Instant.now().toString().replace(":", "").replaceAll("\\..*", "");
        Files.writeString(options.out().resolve("latest-" + options.db() + ".md"), md.toString());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> measures = new ArrayList<>();
        for (Load.Result r : all) {
            measures.add(Bench.map("name", r.name(), "count", r.count(), "seconds", round(r.seconds()),
                    "throughputPerSecond", round(r.throughput()), "p50Ms", round(r.p50()), "p95Ms", round(r.p95()),
                    "p99Ms", round(r.p99()), "maxMs", round(r.max()), "statuses", r.statuses()));
        }
        json.writeValue(options.out().resolve(options.db() + "-" + stamp + ".json").toFile(), Bench.map(
                "at", Instant.now().toString(), "options", Bench.map("db", options.db(), "cases", options.cases(),
                        "auditEntries", options.auditEntries(), "clients", options.clients(),
                        "registrations", options.registrations(), "reads", options.reads(), "heap", options.heap()),
                "cpus", Runtime.getRuntime().availableProcessors(), "loadBefore", loadBefore, "loadAfter", loadAfter,
                "seedingSeconds", round(seedingSeconds), "startups", startups, "measures", measures, "heap", heap,
                "ratioToBareEngineStart", round(ratioStart), "ratioToBareEngineStartAndComplete", round(ratioBoth)));
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
