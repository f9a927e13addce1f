package no.samvirke.catalogue.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * How many process runs exercised a measure in a year: completed activity instances (from Camunda
 * history) of the BPMN elements annotated with the measure. Counts only, no personal data; counts
 * below 5 are shown as "&lt;5".
 */
@Component
public class MeasureRuns {

    static final int SMALLEST_SHOWN = 5;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final RepositoryService repository;
    private final HistoryService history;

    MeasureRuns(RepositoryService repository, HistoryService history) {
        this.repository = repository;
        this.history = history;
    }

    /** The count for display: a number, "&lt;5", or "0"; with the annotated elements. */
    public Count count(String planId, int number, int year) {
        if (!MeasureCheckPlugin.PROCESS_PLAN.equals(planId)) {
            return new Count(List.of(), 0);
        }
        List<String> elements = annotatedElements(number);
        Date from = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(OSLO).toInstant());
        Date to = Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(OSLO).toInstant());
        long total = elements.stream().mapToLong(id -> history.createHistoricActivityInstanceQuery()
                .activityId(id).finished().startedAfter(from).startedBefore(to).count()).sum();
        return new Count(elements, total);
    }

    List<String> annotatedElements(int number) {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getId).map(repository::getBpmnModelInstance)
                .flatMap(model -> annotated(model, number).stream()).distinct().toList();
    }

    private static List<String> annotated(BpmnModelInstance model, int number) {
        return model.getModelElementsByType(CamundaProperty.class).stream()
                .filter(p -> MeasureAnnotations.PROPERTY.equals(p.getCamundaName()) && p.getCamundaValue() != null
                        && List.of(p.getCamundaValue().split(",")).stream()
                        .anyMatch(v -> v.strip().equals(String.valueOf(number))))
                .map(p -> ((BaseElement) p.getParentElement().getParentElement().getParentElement()).getId())
                .toList();
    }

    /** A count for display: "0", "&lt;5" for 1–4 (no one can be singled out), otherwise the number. */
    public static String shown(long total) {
        return total == 0 ? "0" : total < SMALLEST_SHOWN ? "<5" : String.valueOf(total);
    }

    /** Elements annotated with the measure and the number of completed runs. */
    public record Count(List<String> elements, long total) {
        public String shown() {
            return MeasureRuns.shown(total);
        }
    }
}
