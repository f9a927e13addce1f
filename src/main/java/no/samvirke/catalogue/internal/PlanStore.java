package no.samvirke.catalogue.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes plans to the V10 tables: a plan is replaced whole, in one transaction. */
@Component
class PlanStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> checksum(String planId) {
        return jdbc.queryForList("select checksum from catalogue_plan where id = ?", String.class, planId)
                .stream().findFirst();
    }

    @Transactional
    void replace(Plan plan, String checksum) {
        jdbc.update("delete from catalogue_measure_status where plan_id = ?", plan.id());
        jdbc.update("delete from catalogue_measure where plan_id = ?", plan.id());
        jdbc.update("delete from catalogue_plan where id = ?", plan.id());
        insertPlan(plan, checksum);
    }

    /** Stores a plan that is not there yet (a concurrent insert of the same id fails on the key). */
    @Transactional
    void insert(Plan plan, String checksum) {
        insertPlan(plan, checksum);
    }

    private void insertPlan(Plan plan, String checksum) {
        jdbc.update("insert into catalogue_plan (id, title, version, revises, municipalities, police_district,"
                + " period_from, period_to, checksum, loaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.id(), plan.title(), plan.version(), plan.revises(), String.join(",", plan.municipalities()),
                plan.policeDistrict(), plan.periodFrom(), plan.periodTo(), checksum, OffsetDateTime.now(clock));
        List<String> areas = plan.areas();
        plan.measures().forEach(m -> insert(plan.id(), m, areas.indexOf(m.area())));
    }

    private void insert(String planId, Measure m, int areaPosition) {
        Measure.Recommendation r = m.recommendation();
        jdbc.update("insert into catalogue_measure (plan_id, number, title, area, area_position, description,"
                + " parties, unit, partners, national_plan_refs, decision, merged_with, renamed_to, recommendation, derived_from)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                planId, m.number(), m.title(), m.area(), areaPosition, m.description(),
                join(m.responsible().parties()), m.responsible().unit(), String.join("\n", m.partners()),
                join(m.nationalPlanRefs()), r.decision().name(), join(r.mergedWith()), r.renamedTo(), r.text(),
                join(m.derivedFrom()));
        m.statuses().forEach(s -> jdbc.update("insert into catalogue_measure_status (plan_id, number, period,"
                + " status, status_text) values (?, ?, ?, ?, ?)", planId, m.number(), s.period(),
                s.status().name(), s.text()));
    }

    static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
