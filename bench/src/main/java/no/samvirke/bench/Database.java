package no.samvirke.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;

/** The benchmark's own database: emptied at the start of every run. Never point it at real data. */
final class Database {

    final boolean postgres;
    final String url;
    final String user;
    final String password;

    private Database(boolean postgres, String url, String user, String password) {
        this.postgres = postgres;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static Database of(Options o) {
        if (o.postgres()) {
            return new Database(true, o.pgUrl(), o.pgUser(), o.pgPassword());
        }
        Path file = Path.of("target", "h2", "samvirke-bench").toAbsolutePath();
        return new Database(false, "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Empties the database: the application's Flyway and Camunda create everything again. */
    void reset() throws SQLException, IOException {
        if (postgres) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("drop schema public cascade");
                s.execute("create schema public");
            }
            return;
        }
        Path dir = Path.of("target", "h2");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Environment and arguments that point the application at this database. */
    Map<String, String> appEnvironment() {
        if (postgres) {
            return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "DB_URL", url, "DB_USER", user,
                    "DB_PASSWORD", password, "DEMO_USERS", "true",
                    // the audit chain's key (the app does not start on PostgreSQL without one)
                    "AUDIT_HMAC_KEY", System.getenv().getOrDefault("AUDIT_HMAC_KEY",
                            "bench-only-audit-hmac-key-0123456789abcdef"));
        }
        return Map.of("SPRING_DATASOURCE_URL", url);
    }

    /** A row number as a deterministic UUID, the same on H2 and PostgreSQL. */
    String uuid(String n) {
        return "cast('00000000-0000-4000-8000-' || lpad(cast(" + n + " as varchar), 12, '0') as uuid)";
    }

    /** The numbers 1..count as a table with the column n. */
    String series(long count) {
        return postgres ? "generate_series(1, " + count + ") as s(n)"
                : "(select x as n from system_range(1, " + count + ")) s";
    }

    /** A timestamp the given number of days (an SQL expression) before now. */
    String daysAgo(String days) {
        return postgres ? "(now() - (" + days + ") * interval '1 day')"
                : "dateadd('DAY', -(" + days + "), current_timestamp)";
    }
}
