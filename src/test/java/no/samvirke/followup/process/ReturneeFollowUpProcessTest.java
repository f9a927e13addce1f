package no.samvirke.followup.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.followup.process.ReturneeFollowUpProcess.Vars;
import no.samvirke.inbox.Tasks;
import no.samvirke.platform.WorkingDays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of processes/returnee-follow-up.bpmn on an in-memory engine. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/returnee-follow-up.bpmn", "processes/clarification-talk.bpmn"})
class ReturneeFollowUpProcessTest {

    ProcessEngine engine;
    private final UUID caseId = UUID.randomUUID();
    private final Tasks tasks = mock(Tasks.class);
    private final String talkId = UUID.randomUUID().toString();
    private final List<String> recordedTalks = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine);
        FollowUpDeadlines deadlines = new FollowUpDeadlines(FamilyFollowUpProcessTest.SETTINGS, new WorkingDays(),
                FamilyFollowUpProcessTest.CLOCK);
        Mocks.register("prepareReturneeFollowUpDelegate", new PrepareReturneeFollowUpDelegate(deadlines));
        Mocks.register("listServiceDeadlinesDelegate", new ListServiceDeadlinesDelegate());
        Mocks.register("prepareServicePartDelegate", new PrepareServicePartDelegate());
        Mocks.register("scheduleFollowUpReviewDelegate", new ScheduleFollowUpReviewDelegate(deadlines));
        Mocks.register("escalateServicePartListener", new EscalateServicePartListener(tasks));
        Mocks.register("prosecutionDueListener", new ProsecutionDueListener(engine.getHistoryService(), deadlines));
        // The called clarification talk (its own module and tests): open its record as the real delegate does.
        Mocks.register("openTalkDelegate", (JavaDelegate) e -> {
            e.setVariable(ClarificationProcess.Vars.PST_GROUP, "pst");
            e.setVariable(ClarificationProcess.Vars.CONDUCTOR_GROUP, e.getVariable(Vars.POLICE_GROUP));
        });
        Mocks.register("recordReturneeTalkListener", (ExecutionListener) e -> recordedTalks.add(
                ReturneeFollowUpProcess.TALK_OUTCOME.from(e)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(FollowUpVars.CASE_ID.name(), caseId.toString());
        vars.put(FollowUpVars.MUNICIPALITY_CODE.name(), "3201");
        vars.put(FollowUpVars.SLT_GROUP.name(), "slt-3201");
        vars.put(FollowUpVars.FOLLOW_UP_GROUPS.name(), "slt-3201,kjernegruppe-kommune-3201");
        vars.put(Vars.POLICE_GROUP, "politi-oslo");
        vars.put(Vars.PROSECUTION_GROUPS, "politi-oslo,pst");
        return runtimeService().startProcessInstanceByKey(ReturneeFollowUpProcess.KEY, caseId.toString(), vars);
    }

    /** The plan: school by 1 June, the police by 15 May, NAV by 1 July. */
    private ProcessInstance planned() {
        ProcessInstance pi = start();
        assertThat(task(pi)).hasDefinitionKey(ReturneeFollowUpProcess.USER_MAKE_PLAN).hasCandidateGroup("slt-3201");
        complete(task(pi), withVariables(Vars.PLAN_SERVICES, "SCHOOL,POLICE,NAV",
                Vars.PLAN_DEADLINES, "2026-06-01T23:59:59+02:00,2026-05-15T23:59:59+02:00,2026-07-01T23:59:59+02:00", Vars.SERVICE_COUNT, 3));
        return pi;
    }

    private List<Task> serviceTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ReturneeFollowUpProcess.USER_SERVICE_PART)
                .orderByDueDate().asc().list();
    }

    private void completeAll(ProcessInstance pi, String key, Map<String, Object> vars) {
        taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list()
                .forEach(t -> complete(t, vars));
    }

    @Test
    void eachServiceOfThePlanGetsItsOwnTaskGroupAndDeadline() {
        ProcessInstance pi = planned();
        List<Task> parts = serviceTasks(pi);
        org.assertj.core.api.Assertions.assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).hasCandidateGroup("politi-oslo")
                .hasDueDate(Date.from(Instant.parse("2026-05-15T21:59:59Z")));
        assertThat(parts.get(1)).hasCandidateGroup("oppfolging-school-3201").hasCandidateGroup("slt-3201")
                .hasDueDate(Date.from(Instant.parse("2026-06-01T21:59:59Z")));
        assertThat(parts.get(2)).hasCandidateGroup("oppfolging-nav-3201").hasCandidateGroup("slt-3201");
        org.assertj.core.api.Assertions.assertThat(taskService().getVariable(parts.get(2).getId(), Vars.PLAN_SERVICE))
                .isEqualTo("NAV");
    }

    @Test
    void anOverdueServicePartStaysOpenAndOnlyThatOneIsEscalatedToTheKjernegruppe() {
        ProcessInstance pi = planned();
        List<Task> parts = serviceTasks(pi);
        Job policeOverdue = managementService().createJobQuery().processInstanceId(pi.getId()).list().stream()
                .filter(j -> j.getDuedate().equals(Date.from(Instant.parse("2026-05-15T21:59:59Z")))).findFirst()
                .orElseThrow();
        execute(policeOverdue);
        verify(tasks).escalateTask(parts.get(0).getId(), "kjernegruppe-politi-3201");
        verifyNoMoreInteractions(tasks);
        org.assertj.core.api.Assertions.assertThat(serviceTasks(pi)).hasSize(3);

        Job schoolOverdue = managementService().createJobQuery().processInstanceId(pi.getId()).list().stream()
                .filter(j -> j.getDuedate().equals(Date.from(Instant.parse("2026-06-01T21:59:59Z")))).findFirst()
                .orElseThrow();
        execute(schoolOverdue);
        verify(tasks).escalateTask(parts.get(1).getId(), "kjernegruppe-kommune-3201");
    }

    /** The called clarification talk of this plan. */
    private ProcessInstance talk(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(ReturneeFollowUpProcess.CALL_CLARIFICATION_TALK);
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    }

    /** The police and PST plan the talk, the police invite, and the person answers (declined or held). */
    private void talkEnds(ProcessInstance pi, boolean held) {
        ProcessInstance talk = talk(pi);
        complete(task(talk), withVariables(ClarificationProcess.Vars.CONDUCTOR_GROUP, "politi-oslo"));
        complete(task(talk), withVariables(ClarificationProcess.Vars.REMINDER_DUE, Date.from(Instant.now().plusSeconds(86400)),
                ClarificationProcess.Vars.ANSWER_DUE, Date.from(Instant.now().plusSeconds(2 * 86400))));
        if (held) {
            complete(task(talk), withVariables(ClarificationProcess.Vars.ANSWER, "ACCEPTED"));
            complete(task(talk), withVariables(Vars.TALK_OUTCOME, "HELD"));
        } else {
            complete(task(talk), withVariables(ClarificationProcess.Vars.ANSWER, "DECLINED", Vars.TALK_OUTCOME, "DECLINED"));
        }
        assertThat(talk).isEnded();
    }

    @Test
    void theTalkIsCalledForTheCaseWithPoliceAndPstAndTheProsecutionAssessmentGoesToPoliceAndPst() {
        ProcessInstance pi = planned();
        ProcessInstance talk = talk(pi);
        assertThat(talk).hasBusinessKey(caseId.toString()).variables()
                .containsEntry(ClarificationProcess.Vars.TALK_CONTEXT, "RETURNEE")
                .containsEntry(ClarificationProcess.Vars.CASE_ID, caseId.toString());
        assertThat(task(talk)).hasDefinitionKey(ClarificationProcess.USER_PLAN_RETURNEE_TALK)
                .hasCandidateGroup("politi-oslo").hasCandidateGroup("pst");
        assertThat(task(ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT, pi)).hasCandidateGroup("politi-oslo")
                .hasCandidateGroup("pst");
    }

    @Test
    void reintegrationWaitsForEveryServiceTheTalkAndTheAssessment() {
        ProcessInstance pi = planned();
        talkEnds(pi, false);
        org.assertj.core.api.Assertions.assertThat(recordedTalks).containsExactly("DECLINED");
        complete(task(ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT, pi));
        List<Task> parts = serviceTasks(pi);
        complete(parts.get(0));
        complete(parts.get(1));
        assertThat(pi).isNotWaitingAt(ReturneeFollowUpProcess.USER_REINTEGRATION_MEASURES);
        complete(parts.get(2));
        assertThat(pi).isWaitingAt(ReturneeFollowUpProcess.USER_REINTEGRATION_MEASURES);
        assertThat(task(pi)).hasCandidateGroup("kjernegruppe-kommune-3201");
    }

    @Test
    void thePlanIsReviewedUntilClosedAndTheEngineHoldsIdsAndFlagsOnly() {
        ProcessInstance pi = planned();
        completeAll(pi, ReturneeFollowUpProcess.USER_SERVICE_PART, Map.of());
        talkEnds(pi, true);
        assertThat(pi).variables().containsEntry(Vars.TALK_OUTCOME, "HELD")
                .doesNotContainKeys("talkAssessment", "talkId", "prosecutionDue", "planDue");
        complete(task(ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT, pi));
        complete(task(ReturneeFollowUpProcess.USER_REINTEGRATION_MEASURES, pi));
        assertThat(pi).isWaitingAt(ReturneeFollowUpProcess.TIMER_NEXT_REVIEW);
        execute(job(ReturneeFollowUpProcess.TIMER_NEXT_REVIEW, pi));
        complete(task(ReturneeFollowUpProcess.USER_REVIEW, pi), withVariables(FollowUpVars.CLOSE_FOLLOW_UP.name(), false));
        assertThat(pi).isWaitingAt(ReturneeFollowUpProcess.TIMER_NEXT_REVIEW);
        execute(job(ReturneeFollowUpProcess.TIMER_NEXT_REVIEW, pi));
        complete(task(ReturneeFollowUpProcess.USER_REVIEW, pi), withVariables(FollowUpVars.CLOSE_FOLLOW_UP.name(), true));
        assertThat(pi).isEnded().hasPassed(ReturneeFollowUpProcess.END_CLOSED);
        List<HistoricVariableInstance> variables = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list();
        org.assertj.core.api.Assertions.assertThat(variables).extracting(HistoricVariableInstance::getName)
                .isSubsetOf(Vars.ALL).contains(Vars.TALK_OUTCOME).doesNotContain("prosecutionDue", "planDue", "serviceDue");
    }

    @Test
    void theProsecutionAssessmentIsDueTheConfiguredWorkingDaysAfterTheStartWithoutAVariable() {
        ProcessInstance pi = planned();
        Date started = historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getStartTime();
        Date expected = Date.from(new WorkingDays().deadline(started.toInstant(),
                FamilyFollowUpProcessTest.SETTINGS.prosecutionWorkingDays()));
        org.assertj.core.api.Assertions.assertThat(task(ReturneeFollowUpProcess.USER_PROSECUTION_ASSESSMENT, pi)
                .getDueDate()).isEqualTo(expected);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(pi.getId()))
                .doesNotContainKeys("prosecutionDue", "planDue");
    }
}
