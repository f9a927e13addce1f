package no.samvirke.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One measure (tiltak) of a plan, with its status per reporting period and the recommendation;
 * {@code derivedFrom}: in a revised plan, the numbers of the previous version's measures it continues.
 */
public record Measure(int number, String title, String area, String description, Responsible responsible,
        List<String> partners, List<Integer> nationalPlanRefs, List<StatusEntry> statuses,
        Recommendation recommendation, List<Integer> derivedFrom) {

    public Measure {
        derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
        partners = List.copyOf(partners);
        nationalPlanRefs = List.copyOf(nationalPlanRefs);
        statuses = List.copyOf(statuses);
    }

    public Optional<StatusEntry> status(String period) {
        return statuses.stream().filter(s -> s.period().equals(period)).findFirst();
    }

    /** Who is responsible: parties and, where the plan names one, the unit. */
    public record Responsible(List<Party> parties, String unit) {
        public Responsible {
            parties = List.copyOf(parties);
        }

        public boolean includes(Party party) {
            return parties.contains(party);
        }
    }

    /** Status at the end of a reporting period (e.g. "2017" for 31.12.2017) and its text. */
    public record StatusEntry(String period, MeasureStatus status, String text) {
    }

    /** The recommendation for the revised plan. */
    public record Recommendation(Decision decision, List<Integer> mergedWith, String renamedTo, String text) {
        public Recommendation {
            mergedWith = List.copyOf(mergedWith);
        }
    }
}
