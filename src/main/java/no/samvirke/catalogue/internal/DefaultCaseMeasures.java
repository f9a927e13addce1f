package no.samvirke.catalogue.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.samvirke.catalogue.CaseMeasures;
import no.samvirke.platform.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The V11 table {@code case_measure}: which catalogue measures each case was given, and when. */
@Component
public class DefaultCaseMeasures implements CaseMeasures {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DefaultCaseMeasures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(CaseId caseId, String planId, Collection<Integer> numbers, String username) {
        for (int number : numbers.stream().distinct().toList()) {
            Integer already = jdbc.queryForObject("select count(*) from case_measure where case_id = ?"
                    + " and plan_id = ? and measure_number = ?", Integer.class, caseId.value(), planId, number);
            if (already == null || already == 0) {
                jdbc.update("insert into case_measure (case_id, plan_id, measure_number, applied_at, applied_by)"
                        + " values (?, ?, ?, ?, ?)", caseId.value(), planId, number,
                        OffsetDateTime.now(clock), username);
            }
        }
    }

    /** Per measure number, per year (Oslo time) the measure was applied: how many cases. */
    public Map<Integer, Map<Integer, Long>> casesPerYear(String planId) {
        return jdbc.query("select measure_number, applied_at from case_measure where plan_id = ?",
                (rs, n) -> Map.entry(rs.getInt("measure_number"),
                        rs.getObject("applied_at", OffsetDateTime.class).atZoneSameInstant(OSLO).getYear()), planId).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.groupingBy(Map.Entry::getValue, TreeMap::new, Collectors.counting())));
    }
}
