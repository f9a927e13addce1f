package no.samvirke.catalogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Derives the revised plan from a plan's recommendations, as a new version linked to it
 * ({@code revises}): measures linked by "merged with" become one measure, discontinued and removed
 * ones are gone, renamed ones carry their new title; measures are renumbered 1..n and name the old
 * numbers in {@code derivedFrom}. New id: {@code <old id>-v<version>}; the period follows the old one.
 * Deriving again replaces an earlier derived version; a version loaded from a file is never replaced (409).
 */
@Component
public class DeriveRevisedPlan {

    static final String DERIVED = "derived:";

    private final Plans plans;
    private final PlanStore store;

    DeriveRevisedPlan(Plans plans, PlanStore store) {
        this.plans = plans;
        this.store = store;
    }

    /** @throws PlanAuthority.OtherMunicipalityException when the plan is not {@code by}'s municipality's */
    public Plan derive(String planId, CurrentUser by) {
        Plan old = plans.find(planId).orElseThrow(() -> new NotFoundException("plan"));
        PlanAuthority.checkMayAdd(by, old);
        String id = old.id().replaceAll("-v\\d+$", "") + "-v" + (old.version() + 1);
        if (store.checksum(id).filter(c -> !c.startsWith(DERIVED)).isPresent()) {
            throw new ConflictException("catalogue.revised.exists");
        }
        int length = old.periodTo() - old.periodFrom() + 1;
        List<Measure> measures = new ArrayList<>();
        for (List<Measure> group : groups(old)) {
            measures.add(combine(measures.size() + 1, group));
        }
        Plan revised = new Plan(id, old.title(), old.version() + 1, old.id(), old.municipalities(),
                old.policeDistrict(), old.periodTo() + 1, old.periodTo() + length, measures);
        store.replace(revised, DERIVED + old.id());
        return revised;
    }

    /** Groups of measures that continue together, in the order of their lowest old number. */
    static List<List<Measure>> groups(Plan plan) {
        Map<Integer, Integer> group = new TreeMap<>();
        plan.measures().forEach(m -> group.put(m.number(), m.number()));
        plan.measures().forEach(m -> m.recommendation().mergedWith().forEach(o -> relabel(group, m.number(), o)));
        Map<Integer, List<Measure>> byGroup = new TreeMap<>();
        plan.measures().stream().filter(m -> !ends(m))
                .forEach(m -> byGroup.computeIfAbsent(group.get(m.number()), k -> new ArrayList<>()).add(m));
        return byGroup.values().stream().sorted(Comparator.comparingInt(g -> g.get(0).number())).toList();
    }

    private static void relabel(Map<Integer, Integer> group, int a, int b) {
        Integer from = group.get(b);
        Integer to = group.get(a);
        if (from != null && !from.equals(to)) {
            int keep = Math.min(from, to);
            group.replaceAll((n, g) -> g.equals(from) || g.equals(to) ? keep : g);
        }
    }

    private static boolean ends(Measure m) {
        Decision d = m.recommendation().decision();
        return d == Decision.DISCONTINUE || d == Decision.REMOVE;
    }

    /** The measure the others are merged into: named most often, then a continued one, then the lowest number. */
    static Measure lead(List<Measure> group) {
        return group.stream().max(Comparator.<Measure>comparingLong(m -> group.stream()
                        .filter(o -> o.recommendation().mergedWith().contains(m.number())).count())
                .thenComparing(m -> m.recommendation().decision() == Decision.CONTINUE)
                .thenComparing(Comparator.comparingInt(Measure::number).reversed())).orElseThrow();
    }

    private static Measure combine(int number, List<Measure> group) {
        Measure lead = lead(group);
        LinkedHashSet<no.samvirke.catalogue.Party> parties = new LinkedHashSet<>();
        LinkedHashSet<String> partners = new LinkedHashSet<>();
        TreeSet<Integer> refs = new TreeSet<>();
        group.forEach(m -> {
            parties.addAll(m.responsible().parties());
            partners.addAll(m.partners());
            refs.addAll(m.nationalPlanRefs());
        });
        String title = lead.recommendation().renamedTo() != null ? lead.recommendation().renamedTo() : lead.title();
        List<Integer> from = group.stream().map(Measure::number).toList();
        return new Measure(number, title, lead.area(), lead.description(),
                new Measure.Responsible(List.copyOf(parties), lead.responsible().unit()), List.copyOf(partners),
                List.copyOf(refs), List.of(), new Measure.Recommendation(Decision.CONTINUE, List.of(), null,
                        group.stream().map(m -> m.recommendation().text()).filter(t -> !t.isBlank())
                                .reduce((a, b) -> a + "\n" + b).orElse("")), from);
    }
}
