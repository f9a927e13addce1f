package no.samvirke.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import no.samvirke.audit.Disclosure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the {@code disclosure_log} view (V4): identified disclosures, derived from the audit trail. */
@Component
class DisclosureLog {

    private static final String SELECT = "select audit_entry_id, occurred_at, username, agency, items, legal_basis,"
            + " purpose from disclosure_log where case_id = ? order by audit_entry_id";

    private final JdbcTemplate jdbc;

    DisclosureLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Disclosure> of(UUID caseId) {
        return jdbc.query(SELECT, DisclosureLog::row, caseId);
    }

    private static Disclosure row(ResultSet rs, int n) throws SQLException {
        return new Disclosure(rs.getLong("audit_entry_id"),
                rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("username"),
                rs.getString("agency"), rs.getString("items"), rs.getString("legal_basis"), rs.getString("purpose"));
    }
}
