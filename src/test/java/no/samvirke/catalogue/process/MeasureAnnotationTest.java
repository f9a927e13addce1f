package no.samvirke.catalogue.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** BPMN elements name the measures they implement; the names are checked and the runs counted. */
@SpringBootTest
class MeasureAnnotationTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired MeasureRuns runs;

    static String probe(String key, String taskId, String tiltak) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://samvirke.no/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start_probe" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start_probe" targetRef="%s" />
                    <bpmn:manualTask id="%s" name="Prøve">
                      <bpmn:extensionElements><camunda:properties>
                        <camunda:property name="tiltak" value="%s" />
                      </camunda:properties></bpmn:extensionElements>
                    </bpmn:manualTask>
                    <bpmn:sequenceFlow id="f2" sourceRef="%s" targetRef="end_probe" />
                    <bpmn:endEvent id="end_probe" />
                  </bpmn:process>
                </bpmn:definitions>""".formatted(key, taskId, taskId, tiltak, taskId);
    }

    @Test
    void aDeploymentNamingAnUnknownMeasureIsRejected() {
        assertThatThrownBy(() -> repository.createDeployment()
                .addString("unknown.bpmn", probe("probe_unknown", "task_unknown", "99")).deploy())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("task_unknown: tiltak=99");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("probe_unknown").count()).isZero();
    }

    @Test
    void theConcernProcessNamesTheClarificationTalkAsMeasure22() {
        assertThat(runs.annotatedElements(22)).containsExactly("call_clarification_talk");
        assertThat(runs.annotatedElements(1)).containsExactly("user_review_concern");
    }

    @Test
    void runsAreCountedAndSmallCountsHidden() {
        String deployment = repository.createDeployment()
                .addString("probe.bpmn", probe("probe_runs", "task_probe_23", "23")).deploy().getId();
        try {
            int year = LocalDate.now().getYear();
            runtime.startProcessInstanceByKey("probe_runs");
            assertThat(runs.count("baerum-2015", 23, year).shown()).isEqualTo("<5");
            for (int i = 0; i < 5; i++) {
                runtime.startProcessInstanceByKey("probe_runs");
            }
            assertThat(runs.count("baerum-2015", 23, year).shown()).isEqualTo("6");
            assertThat(runs.count("baerum-2015", 23, year - 1).shown()).isEqualTo("0");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}
