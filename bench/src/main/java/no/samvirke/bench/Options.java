package no.samvirke.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Command-line options ({@code --name=value}); every one has a default (docs/performance.md). */
record Options(String db, int cases, int auditEntries, int clients, int registrations, int reads,
               Path jar, int port, String pgUrl, String pgUser, String pgPassword, String heap, Path out) {

    static Options parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            o.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return new Options(o.getOrDefault("db", "h2"),
                Integer.parseInt(o.getOrDefault("cases", "100000")),
                Integer.parseInt(o.getOrDefault("audit", "1000000")),
                Integer.parseInt(o.getOrDefault("clients", "16")),
                Integer.parseInt(o.getOrDefault("registrations", "2000")),
                Integer.parseInt(o.getOrDefault("reads", "2000")),
                Path.of(o.getOrDefault("jar", "../target/samvirke-0.1.0-SNAPSHOT.jar")).toAbsolutePath(),
                Integer.parseInt(o.getOrDefault("port", "8087")),
                o.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/samvirke_bench"),
                o.getOrDefault("pg-user", "postgres"),
                o.getOrDefault("pg-password", ""),
                o.getOrDefault("heap", "512m"),
                Path.of(o.getOrDefault("out", "results")).toAbsolutePath());
    }

    boolean postgres() {
        return db.equals("postgres");
    }
}
