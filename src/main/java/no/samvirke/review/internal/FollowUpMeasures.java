package no.samvirke.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samvirke.catalogue.CaseMeasures;
import no.samvirke.catalogue.MeasureRef;
import no.samvirke.catalogue.Measures;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import org.springframework.stereotype.Component;

/**
 * The catalogue measures a follow-up decision chooses ({@code measureNumbers}): those of the case's
 * municipality's current plan. Only ids are recorded, in the catalogue, never in process variables.
 */
@Component
class FollowUpMeasures {

    static final String FIELD = "measureNumbers";

    private final Measures measures;
    private final CaseMeasures caseMeasures;
    private final Concerns concerns;

    FollowUpMeasures(Measures measures, CaseMeasures caseMeasures, Concerns concerns) {
        this.measures = measures;
        this.caseMeasures = caseMeasures;
        this.concerns = concerns;
    }

    /** The measures the case may be given; empty when its municipality has no plan. */
    List<MeasureRef> choices(UUID caseId) {
        return concerns.summary(caseId).map(ConcernSummary::municipalityCode)
                .map(measures::activeMeasuresFor).orElse(List.of());
    }

    /** The chosen measures; at least one is required when there are choices, unknown numbers are refused. */
    List<MeasureRef> read(TaskFormInput input, List<MeasureRef> choices) {
        List<String> numbers = input.list(FIELD);
        input.require(!numbers.isEmpty() || choices.isEmpty(), FIELD, "review.error.measureRequired");
        List<MeasureRef> chosen = new ArrayList<>();
        for (String number : numbers) {
            choices.stream().filter(m -> String.valueOf(m.number()).equals(number)).findFirst()
                    .ifPresentOrElse(chosen::add, () -> chosen.add(null));
        }
        input.require(!chosen.contains(null), FIELD, "review.error.unknownMeasure");
        return chosen.contains(null) ? List.of() : chosen;
    }

    void record(UUID caseId, List<MeasureRef> chosen, CurrentUser user) {
        Map<String, List<Integer>> byPlan = chosen.stream().collect(Collectors.groupingBy(MeasureRef::planId,
                Collectors.mapping(MeasureRef::number, Collectors.toList())));
        byPlan.forEach((planId, numbers) -> caseMeasures.record(caseId, planId, numbers, user.username()));
    }
}
