package no.samvirke.sharing;

import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database administrator can do that the application cannot: switch the audit tables'
 * append-only triggers off (PostgreSQL: DISABLE TRIGGER; H2: drop and re-create), change rows, and
 * switch them on again. For tests that show the keyed chain still notices.
 */
public final class AuditDba {

    private static final List<String> H2_TRIGGERS = List.of(
            "create trigger audit_entry_append_only before update, delete on audit_entry for each row call '%s'",
            "create trigger audit_pending_append_only before update on audit_pending for each row call '%s'",
            "create trigger audit_chain_head_forward_only before update, delete on audit_chain_head for each row"
                    + " call '%s'");
    private static final String H2_CLASS = "no.samvirke.sharing.internal.AuditAppendOnlyTrigger";

    private AuditDba() {
    }

    public static void withoutTriggers(JdbcTemplate jdbc, Runnable work) {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        if (postgres) {
            for (String t : List.of("audit_entry", "audit_pending", "audit_chain_head")) {
                jdbc.execute("alter table " + t + " disable trigger user");
            }
        } else {
            for (String t : List.of("audit_entry_append_only", "audit_pending_append_only",
                    "audit_chain_head_forward_only")) {
                jdbc.execute("drop trigger " + t);
            }
        }
        try {
            work.run();
        } finally {
            if (postgres) {
                for (String t : List.of("audit_entry", "audit_pending", "audit_chain_head")) {
                    jdbc.execute("alter table " + t + " enable trigger user");
                }
            } else {
                H2_TRIGGERS.forEach(sql -> jdbc.execute(sql.formatted(H2_CLASS)));
            }
        }
    }
}
