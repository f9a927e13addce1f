package no.samvirke.catalogue.internal;

import java.util.List;
import no.samvirke.catalogue.MeasureRef;
import no.samvirke.catalogue.Measures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The measures a municipality's cases may be given: those of its current plan (V11 catalogue tables). */
@Component
class DefaultMeasures implements Measures {

    private final JdbcTemplate jdbc;

    DefaultMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MeasureRef> activeMeasuresFor(String municipalityCode) {
        List<String> current = jdbc.query("select id, municipalities from catalogue_plan where checksum not like ?"
                + " order by version desc, period_to desc, id", (rs, n) -> List.of(rs.getString("municipalities")
                .split(",")).contains(municipalityCode) ? rs.getString("id") : null, DeriveRevisedPlan.DERIVED + "%")
                .stream().filter(id -> id != null).limit(1).toList();
        return current.isEmpty() ? List.of() : jdbc.query("select number, title from catalogue_measure"
                + " where plan_id = ? order by number",
                (rs, n) -> new MeasureRef(current.get(0), rs.getInt("number"), rs.getString("title")), current.get(0));
    }

    @Override
    public boolean exists(String planId, int number) {
        Integer found = jdbc.queryForObject("select count(*) from catalogue_measure where plan_id = ? and number = ?",
                Integer.class, planId, number);
        return found != null && found > 0;
    }
}
