package no.samvirke.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.MeasureStatus;
import no.samvirke.catalogue.Party;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
import no.samvirke.identity.Users;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads plans and measures from the V10 tables. */
@Component
class DefaultPlans implements Plans {

    /** The checksum of a municipality's copy of a plan: no plan file stands behind it, so no load replaces it. */
    static final String ADOPTED = "adopted:";

    private final JdbcTemplate jdbc;
    private final PlanStore store;
    private final Users users;

    DefaultPlans(JdbcTemplate jdbc, PlanStore store, Users users) {
        this.jdbc = jdbc;
        this.store = store;
        this.users = users;
    }

    @Override
    public List<Plan> all() {
        return jdbc.query("select * from catalogue_plan order by id", (rs, n) -> plan(rs, List.of()));
    }

    @Override
    public Optional<Plan> find(String planId) {
        List<Measure> measures = measures(planId);
        return jdbc.query("select * from catalogue_plan where id = ?", (rs, n) -> plan(rs, measures), planId)
                .stream().findFirst();
    }

    @Override
    @Transactional
    public String adopt(String planId, String municipalityCode) {
        if (municipalityCode == null || !municipalityCode.matches("\\d{4}")) {
            throw new IllegalArgumentException("municipality code");
        }
        Plan original = find(planId).orElseThrow(() -> new IllegalArgumentException("unknown plan"));
        String district = users.municipality(municipalityCode).policeDistrictCode();
        String id = planId + "-" + municipalityCode;
        if (store.checksum(id).isEmpty()) {
            List<Measure> measures = original.measures().stream().map(m -> new Measure(m.number(), m.title(), m.area(),
                    m.description(), m.responsible(), m.partners(), m.nationalPlanRefs(), List.of(),
                    m.recommendation(), m.derivedFrom())).toList();
            store.insert(new Plan(id, original.title(), original.version(), null, List.of(municipalityCode), district,
                    original.periodFrom(), original.periodTo(), measures), ADOPTED + planId);
        }
        return id;
    }

    private List<Measure> measures(String planId) {
        Map<Integer, List<Measure.StatusEntry>> statuses = jdbc.query("select * from catalogue_measure_status"
                + " where plan_id = ? order by period", (rs, n) -> Map.entry(rs.getInt("number"),
                new Measure.StatusEntry(rs.getString("period"), MeasureStatus.valueOf(rs.getString("status")),
                        rs.getString("status_text"))), planId).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.query("select * from catalogue_measure where plan_id = ? order by number",
                (rs, n) -> measure(rs, statuses.getOrDefault(rs.getInt("number"), List.of())), planId);
    }

    private static Plan plan(ResultSet rs, List<Measure> measures) throws SQLException {
        return new Plan(rs.getString("id"), rs.getString("title"), rs.getInt("version"), rs.getString("revises"),
                split(rs.getString("municipalities")), rs.getString("police_district"), rs.getInt("period_from"),
                rs.getInt("period_to"), measures);
    }

    private static Measure measure(ResultSet rs, List<Measure.StatusEntry> statuses) throws SQLException {
        return new Measure(rs.getInt("number"), rs.getString("title"), rs.getString("area"),
                rs.getString("description"),
                new Measure.Responsible(split(rs.getString("parties")).stream().map(Party::valueOf).toList(),
                        rs.getString("unit")),
                rs.getString("partners").isEmpty() ? List.of() : List.of(rs.getString("partners").split("\n")),
                numbers(rs.getString("national_plan_refs")), statuses,
                new Measure.Recommendation(Decision.valueOf(rs.getString("decision")),
                        numbers(rs.getString("merged_with")), rs.getString("renamed_to"),
                        rs.getString("recommendation")), numbers(rs.getString("derived_from")));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static List<Integer> numbers(String joined) {
        return split(joined).stream().map(Integer::valueOf).toList();
    }
}
