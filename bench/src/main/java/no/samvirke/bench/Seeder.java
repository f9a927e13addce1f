package no.samvirke.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds a realistic volume with set-based SQL (one INSERT ... SELECT per table, no row-by-row
 * round trips), after the application has created the schema:
 * <ul>
 * <li>8 extra municipalities (codes 9901-9908) next to Bærum and Asker;</li>
 * <li>{@code cases} concerns over ten municipalities (40 % Bærum), spread over four years:
 * 85 % closed, 15 % received or under assessment; a third anonymous;</li>
 * <li>their history: a confidentiality row per case, a screening and a decision entry per
 * closed case (review_entry), and Camunda history for closed cases (one historic process
 * instance and two historic tasks each, in ACT_HI_PROCINST and ACT_HI_TASKINST);</li>
 * <li>{@code auditEntries} audit entries (READ) spread over the cases, appended after the
 * current chain head. Their hashes are placeholders: the seeded chain does not verify, which
 * is why a benchmark database is never a real one.</li>
 * </ul>
 * Open cases with live process instances and tasks are made through the real API during the run
 * (the registration phase), not here: the engine's runtime tables are not seeded by hand.
 */
final class Seeder {

    private final Database db;

    Seeder(Database db) {
        this.db = db;
    }

    void seed(int cases, int auditEntries) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 1; i <= 8; i++) {
                s.execute("insert into municipality (code, name, reference_prefix, police_district_code) select '990" + i
                        + "', 'Benchkommune " + i + "', 'X" + i + "', 'oslo' where not exists (select 1 from municipality where code = '990" + i + "')");
            }
            String procDef = singleString(s, "select id_ from act_re_procdef where key_ = 'concern_handling' order by version_ desc");
            for (String sql : statements(cases, auditEntries, procDef, lastAuditId(s))) {
                s.execute(sql);
            }
            c.commit();
        }
    }

    private List<String> statements(int cases, int audit, String procDef, long auditStart) {
        String id = db.uuid("n");
        String municipality = "case when mod(n, 10) < 4 then '3201' when mod(n, 10) = 4 then '3203' "
                + "else '990' || cast(mod(n, 10) - 4 as varchar) end";
        String closed = "mod(n, 100) < 85";
        String registered = db.daysAgo("mod(n, 1460) + 30");
        List<String> sql = new ArrayList<>();
        sql.add("insert into concern (id, reference, municipality_code, reporter_username, reporter_service, category, "
                + "description, subject_anonymous, subject_name, subject_birth_date, subject_national_id, subject_informed, "
                + "consent_to_share, acute_danger, status, registered_at, updated_at, closed_at, version) "
                + "select " + id + ", 'Z-' || lpad(cast(n as varchar), 10, '0'), " + municipality + ", "
                + "case when mod(n, 2) = 0 then 'skole' else 'helse' end, "
                + "case when mod(n, 2) = 0 then 'SCHOOL' else 'HEALTH_STATION' end, "
                + "case mod(n, 5) when 0 then 'RADICALISATION' when 1 then 'VIOLENT_EXTREMISM' when 2 then 'HATE_CRIME' "
                + "when 3 then 'TRAVEL_TO_CONFLICT_AREA' else 'OTHER' end, "
                + "'Syntetisk bekymring nr. ' || cast(n as varchar) || ' for ytelsesmåling.', "
                + "mod(n, 3) = 0, case when mod(n, 3) = 0 then null else 'Syntetisk Person ' || cast(n as varchar) end, "
                + "null, null, false, false, false, "
                + "case when " + closed + " then 'CLOSED' when mod(n, 2) = 0 then 'RECEIVED' else 'UNDER_ASSESSMENT' end, "
                + registered + ", " + registered + ", case when " + closed + " then " + db.daysAgo("mod(n, 1460)") + " end, 0 "
                + "from " + db.series(cases));
        sql.add("insert into case_confidentiality (case_id, discussion_mode, updated_at, version) "
                + "select " + id + ", 'NAMED', " + registered + ", 0 from " + db.series(cases));
        for (String[] entry : new String[][] {{"user_screen_concern", "IN_SCOPE", "slt", "SLT", "1"},
                {"user_review_concern", "CLOSE", "kjerne", "CHILD_WELFARE", "2"}}) {
            sql.add("insert into review_entry (id, case_id, task_key, task_id, username, service_unit, agency, recorded_at, "
                    + "outcome, reasons, discussion_mode) select " + db.uuid("n + " + entry[4] + " * 100000000") + ", " + id
                    + ", '" + entry[0] + "', 'bench-t" + entry[4] + "-' || cast(n as varchar), '" + entry[2] + "', '" + entry[3]
                    + "', 'MUNICIPALITY', " + registered + ", '" + entry[1] + "', 'Syntetisk begrunnelse.', 'NAMED' from "
                    + db.series(cases) + " where " + closed);
        }
        if (procDef != null) {
            sql.add("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, "
                    + "end_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_) "
                    + "select 'bench-' || cast(n as varchar), 'bench-' || cast(n as varchar), cast(" + id + " as varchar), "
                    + "'concern_handling', '" + procDef + "', " + registered + ", " + db.daysAgo("mod(n, 1460)") + ", 86400000, "
                    + "'start_concern_registered', 'end_case_closed', 'bench-' || cast(n as varchar), 'COMPLETED' from "
                    + db.series(cases) + " where " + closed);
            for (String[] task : new String[][] {{"user_screen_concern", "Vurder bekymringen", "slt", "1"},
                    {"user_review_concern", "Behandle i kjernegruppen", "kjerne", "2"}}) {
                sql.add("insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, "
                        + "proc_inst_id_, execution_id_, name_, assignee_, start_time_, end_time_, duration_, priority_, task_state_) "
                        + "select 'bench-t" + task[3] + "-' || cast(n as varchar), '" + task[0] + "', 'concern_handling', '" + procDef
                        + "', 'bench-' || cast(n as varchar), 'bench-' || cast(n as varchar), 'bench-' || cast(n as varchar), '"
                        + task[1] + "', '" + task[2] + "', " + registered + ", " + registered + ", 3600000, 50, 'Completed' from "
                        + db.series(cases) + " where " + closed);
            }
        }
        sql.add("insert into audit_entry (id, occurred_at, username, agency, case_id, action, items, legal_basis, purpose, "
                + "prev_hash, hash) select " + auditStart + " + n, " + db.daysAgo("mod(n, 1460)") + ", "
                + "case when mod(n, 3) = 0 then 'politi' else 'kjerne' end, "
                + "case when mod(n, 3) = 0 then 'POLICE' else 'MUNICIPALITY' end, "
                + db.uuid("mod(n - 1, " + cases + ") + 1") + ", 'READ', 'subject=FULL,description=FULL', "
                + "'Syntetisk hjemmel', 'Syntetisk formål', "
                + "'p' || lpad(cast(" + auditStart + " + n - 1 as varchar), 63, '0'), "
                + "'h' || lpad(cast(" + auditStart + " + n as varchar), 63, '0') from " + db.series(audit));
        sql.add("update audit_chain_head set last_entry_id = " + (auditStart + audit) + ", last_hash = 'h' || lpad('"
                + (auditStart + audit) + "', 63, '0') where id = 1");
        return sql;
    }

    private static long lastAuditId(Statement s) throws SQLException {
        String last = singleString(s, "select cast(last_entry_id as varchar) from audit_chain_head where id = 1");
        return last == null ? 0 : Long.parseLong(last.trim());
    }

    private static String singleString(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
