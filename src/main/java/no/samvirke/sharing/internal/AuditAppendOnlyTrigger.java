package no.samvirke.sharing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of V21 (PostgreSQL has a PL/pgSQL function): refuses UPDATE and DELETE on
 * {@code audit_entry}, UPDATE on {@code audit_pending}, and on {@code audit_chain_head} a DELETE or
 * an UPDATE that moves the head backwards. Loaded by H2 only; the application never needs these.
 */
public class AuditAppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if ("audit_chain_head".equals(table) && newRow != null && oldRow != null && forward(oldRow, newRow)) {
            return;
        }
        throw new SQLException("audit trail is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " on "
                + table + " refused", "42000");
    }

    private static boolean forward(Object[] oldRow, Object[] newRow) {
        return oldRow[0].equals(newRow[0]) && ((Number) newRow[1]).longValue() >= ((Number) oldRow[1]).longValue();
    }
}
