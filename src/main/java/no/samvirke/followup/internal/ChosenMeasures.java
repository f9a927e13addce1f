package no.samvirke.followup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samvirke.catalogue.CaseMeasures;
import no.samvirke.catalogue.MeasureRef;
import no.samvirke.catalogue.Measures;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Catalogue measures a follow-up applies ({@code measureNumbers}), from the current plan of the
 * case's municipality; recorded in the catalogue (ids only), so it counts cases per measure.
 */
@Component
class ChosenMeasures {

    static final String FIELD = "measureNumbers";

    private final Measures measures;
    private final CaseMeasures caseMeasures;
    private final Concerns concerns;

    ChosenMeasures(Measures measures, CaseMeasures caseMeasures, Concerns concerns) {
        this.measures = measures;
        this.caseMeasures = caseMeasures;
        this.concerns = concerns;
    }

    List<MeasureRef> choices(UUID caseId) {
        return concerns.summary(caseId).map(ConcernSummary::municipalityCode).map(measures::activeMeasuresFor)
                .orElse(List.of());
    }

    /** At least one when there are choices; an unknown number is refused. */
    List<MeasureRef> read(TaskFormInput input, UUID caseId) {
        List<MeasureRef> choices = choices(caseId);
        List<String> numbers = input.list(FIELD);
        input.require(!numbers.isEmpty() || choices.isEmpty(), FIELD, "followup.error.measureRequired");
        List<MeasureRef> chosen = new ArrayList<>();
        for (String number : numbers) {
            choices.stream().filter(m -> String.valueOf(m.number()).equals(number)).findFirst()
                    .ifPresentOrElse(chosen::add, () -> chosen.add(null));
        }
        input.require(!chosen.contains(null), FIELD, "followup.error.unknownMeasure");
        return chosen.contains(null) ? List.of() : chosen;
    }

    void record(UUID caseId, List<MeasureRef> chosen, CurrentUser user) {
        Map<String, List<Integer>> byPlan = chosen.stream().collect(Collectors.groupingBy(MeasureRef::planId,
                Collectors.mapping(MeasureRef::number, Collectors.toList())));
        byPlan.forEach((planId, numbers) -> caseMeasures.record(caseId, planId, numbers, user.username()));
    }
}
