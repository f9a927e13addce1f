package no.samvirke.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samvirke.identity.CurrentUser;
import no.samvirke.inbox.TaskFormInput;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import org.springframework.stereotype.Component;

/**
 * The catalogue measures a task form chooses for a case ({@code measureNumbers}): those of the
 * current plan of the case's municipality. Only ids are recorded, in the catalogue (so it counts
 * cases per measure), never in process variables. Used by review's follow-up decision and by the
 * follow-up plans.
 */
@Component
public class ChosenMeasures {

    public static final String FIELD = "measureNumbers";

    private final Measures measures;
    private final CaseMeasures caseMeasures;
    private final Concerns concerns;

    public ChosenMeasures(Measures measures, CaseMeasures caseMeasures, Concerns concerns) {
        this.measures = measures;
        this.caseMeasures = caseMeasures;
        this.concerns = concerns;
    }

    /** The measures the case may be given; empty when its municipality has no plan. */
    public List<MeasureRef> choices(CaseId caseId) {
        return concerns.summary(caseId.value()).map(ConcernSummary::municipalityCode).map(measures::activeMeasuresFor)
                .orElse(List.of());
    }

    /**
     * The chosen measures; at least one is required when there are choices, unknown numbers are
     * refused (the form's {@code measureRequired} and {@code unknownMeasure} error keys).
     */
    public List<MeasureRef> read(TaskFormInput input, List<MeasureRef> choices) {
        List<String> numbers = input.list(FIELD);
        input.require(!numbers.isEmpty() || choices.isEmpty(), FIELD, input.errorKey("measureRequired"));
        List<MeasureRef> chosen = new ArrayList<>();
        for (String number : numbers) {
            choices.stream().filter(m -> String.valueOf(m.number()).equals(number)).findFirst()
                    .ifPresentOrElse(chosen::add, () -> chosen.add(null));
        }
        input.require(!chosen.contains(null), FIELD, input.errorKey("unknownMeasure"));
        return chosen.contains(null) ? List.of() : chosen;
    }

    public void record(CaseId caseId, List<MeasureRef> chosen, CurrentUser user) {
        Map<String, List<Integer>> byPlan = chosen.stream().collect(Collectors.groupingBy(MeasureRef::planId,
                Collectors.mapping(MeasureRef::number, Collectors.toList())));
        byPlan.forEach((planId, numbers) -> caseMeasures.record(caseId, planId, numbers, user.username()));
    }
}
