package no.samvirke.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application jar as a separate process on the loopback interface, as it runs in production. */
final class App implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");
    private static final Pattern STARTED = Pattern.compile("Started SamvirkeApplication in ([0-9.]+) seconds");

    final Process process;
    final double startupSeconds;
    final Double springStartupSeconds;
    private final Path log;
    private final AtomicLong maxHeapKb = new AtomicLong();
    private volatile boolean sampling;

    private App(Process process, double startupSeconds, Path log) throws IOException {
        this.process = process;
        this.startupSeconds = startupSeconds;
        this.log = log;
        Matcher m = STARTED.matcher(Files.readString(log));
        this.springStartupSeconds = m.find() ? Double.valueOf(m.group(1)) : null;
    }

    static App start(Options o, Database db, String name) throws Exception {
        Path log = Path.of("target", "app-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + o.heap(), "-XX:+UseG1GC"));
        String extra = System.getenv("BENCH_JAVA_OPTS");   // e.g. a profiler: -XX:StartFlightRecording=...
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        // as in production (Dockerfile, ADR 0018): with the Class Data Sharing archive bin/prepare-cds made next to the jar
        Path archive = o.jar().resolveSibling("samvirke.jsa");
        if (Files.exists(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", o.jar().toString(), "--server.port=" + o.port(), "--logging.level.org.camunda=warn"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(db.appEnvironment());
        builder.environment().put("DB_POOL_SIZE", String.valueOf(Math.max(10, o.clients() + 4)));
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://127.0.0.1:" + o.port() + "/actuator/health");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("the application did not start within 5 minutes; see " + log);
            }
            Thread.sleep(100);
        }
        return new App(process, (System.nanoTime() - start) / 1e9, log);
    }

    /** Samples the used heap (jcmd GC.heap_info) every half second until {@link #stopSampling()}. */
    void startSampling() {
        sampling = true;
        Thread t = new Thread(() -> {
            while (sampling && process.isAlive()) {
                heapUsedKb();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
    }

    long stopSampling() {
        sampling = false;
        return maxHeapKb.get();
    }

    long heapUsedKb() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(process.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            Matcher m = HEAP_USED.matcher(out);
            if (m.find()) {
                long used = Long.parseLong(m.group(1));
                maxHeapKb.accumulateAndGet(used, Math::max);
                return used;
            }
        } catch (IOException | InterruptedException e) {
            // a missed sample
        }
        return -1;
    }

    long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        sampling = false;
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
