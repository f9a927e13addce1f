package no.samvirke.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V25 turns the old roles and kjernegruppe rows of an existing database into memberships. */
class MigrationV25Test {

    @Test
    void oldRolesBecomeMembershipsInTheKindsScope() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:v25;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("24").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("insert into app_user values ('kjerne', 'h', 'K', 'MUNICIPALITY', 'CHILD_WELFARE', '3201', null, true)");
        jdbc.update("insert into app_user values ('politi', 'h', 'P', 'POLICE', 'POLICE_PREVENTION', null, 'oslo', true)");
        jdbc.update("insert into app_user values ('gone', 'h', 'G', 'PST', 'PST', null, null, false)");
        for (String[] r : new String[][] {{"kjerne", "KJERNEGRUPPE"}, {"kjerne", "FRONTLINE"}, {"kjerne", "DEPUTY"},
                {"politi", "POLICE_CONTACT"}, {"politi", "KJERNEGRUPPE"}, {"politi", "PRIVACY_OFFICER"},
                {"gone", "PST_LIAISON"}}) {
            jdbc.update("insert into app_user_role values (?, ?)", r[0], r[1]);
        }
        jdbc.update("insert into kjernegruppe_member values ('kjerne', '3201')");
        jdbc.update("insert into kjernegruppe_member values ('politi', '3201')");
        jdbc.update("insert into kjernegruppe_member values ('politi', '3203')");

        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("25").load().migrate();

        List<String> rows = jdbc.queryForList("select username, kind, scope_code, valid_from, valid_to, proposed"
                + " from membership order by username, kind, scope_code").stream().map(Map::values)
                .map(String::valueOf).toList();
        assertThat(rows).containsExactly(
                "[gone, PST_LIAISON, null, 2015-01-01, null, false]",
                "[kjerne, DEPUTY, 3201, 2015-01-01, null, false]",
                "[kjerne, FRONTLINE, 3201, 2015-01-01, null, false]",
                "[kjerne, KJERNEGRUPPE, 3201, 2015-01-01, null, false]",
                "[politi, KJERNEGRUPPE, 3201, 2015-01-01, null, false]",
                "[politi, KJERNEGRUPPE, 3203, 2015-01-01, null, false]",
                "[politi, POLICE_CONTACT, oslo, 2015-01-01, null, false]",
                "[politi, PRIVACY_OFFICER, oslo, 2015-01-01, null, false]");
        assertThat(jdbc.queryForList("select username, status from app_user order by username").stream()
                .map(r -> r.get("USERNAME") + "=" + r.get("STATUS")).toList())
                .containsExactly("gone=DEACTIVATED", "kjerne=ACTIVE", "politi=ACTIVE");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where lower(table_name) in ('app_user_role', 'kjernegruppe_member')", Long.class)).isZero();
    }
}
