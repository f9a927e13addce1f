package no.samvirke.clarification.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.samvirke.clarification.internal.TalkRecords;
import no.samvirke.clarification.process.ClarificationProcess.Vars;
import no.samvirke.inbox.Tasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of processes/clarification-talk.bpmn on an in-memory engine, and its returnee caller. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/clarification-talk.bpmn", "clarification/returnee-caller-test.bpmn"})
class ClarificationProcessTest {

    ProcessEngine engine;
    private final UUID caseId = UUID.randomUUID();
    private final UUID talkId = UUID.randomUUID();
    private final TalkRecords records = mock(TalkRecords.class);
    private final Tasks tasks = mock(Tasks.class);

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine);
        when(records.open(eq(caseId), anyString(), any())).thenReturn(talkId);
        Mocks.register("openTalkDelegate", new OpenTalkDelegate(records));
        Mocks.register("remindConductorDelegate", new RemindConductorDelegate(records, tasks));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(ClarificationProcess.TalkContext context) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.CASE_ID, caseId.toString());
        vars.put(Vars.POLICE_GROUP, "politi-oslo");
        vars.put(Vars.TALK_CONTEXT, context.name());
        return runtimeService().startProcessInstanceByKey(ClarificationProcess.KEY, caseId.toString(), vars);
    }

    private static Date inDays(int days) {
        return Date.from(Instant.now().plus(Duration.ofDays(days)));
    }

    /** Invited, with the reminder and the answer deadline in the future. */
    private ProcessInstance invited() {
        ProcessInstance pi = start(ClarificationProcess.TalkContext.CONCERN);
        complete(task(ClarificationProcess.USER_INVITE, pi),
                withVariables(Vars.REMINDER_DUE, inDays(7), Vars.ANSWER_DUE, inDays(14)));
        assertThat(pi).isWaitingAt(ClarificationProcess.USER_RECORD_ANSWER);
        return pi;
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    @Test
    void forAConcernThePolicePreventionContactInvitesAtOnce() {
        ProcessInstance pi = start(ClarificationProcess.TalkContext.CONCERN);
        assertThat(pi).hasPassed(ClarificationProcess.SERVICE_OPEN_TALK).hasNotPassed(ClarificationProcess.USER_PLAN_RETURNEE_TALK)
                .variables().containsEntry(Vars.CONDUCTOR_GROUP, "politi-oslo").doesNotContainValue(talkId.toString());
        assertThat(task(pi)).hasDefinitionKey(ClarificationProcess.USER_INVITE).hasCandidateGroup("politi-oslo");
    }

    @Test
    void anAcceptedAndHeldTalkEndsWithTheAssessment() {
        ProcessInstance pi = invited();
        assertThat(task(pi)).hasCandidateGroup("politi-oslo").hasDueDate(
                ClarificationProcess.ANSWER_DUE.from(runtimeService(), pi.getId()));
        complete(task(pi), withVariables(Vars.ANSWER, "ACCEPTED"));
        assertThat(task(pi)).hasDefinitionKey(ClarificationProcess.USER_RECORD_TALK).hasCandidateGroup("politi-oslo");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(pi.getId()).keySet())
                .isSubsetOf(Vars.ALL);
        complete(task(pi), withVariables(Vars.TALK_OUTCOME, "HELD"));
        assertThat(pi).isEnded().hasPassed(ClarificationProcess.END_TALK_HELD);
    }

    @Test
    void aDeclineEndsTheTalk() {
        ProcessInstance pi = invited();
        complete(task(pi), withVariables(Vars.ANSWER, "DECLINED", Vars.TALK_OUTCOME, "DECLINED"));
        assertThat(pi).isEnded().hasPassed(ClarificationProcess.END_TALK_DECLINED);
    }

    @Test
    void noAnswerRecordedBeforeTheDeadlineEndsTheTalk() {
        ProcessInstance pi = invited();
        complete(task(pi), withVariables(Vars.ANSWER, "NO_ANSWER", Vars.TALK_OUTCOME, "NO_ANSWER"));
        assertThat(pi).isEnded().hasPassed(ClarificationProcess.END_TALK_NOT_ANSWERED);
    }

    @Test
    void thePassedDeadlineAsksThePoliceForTheirRecommendation() {
        ProcessInstance pi = invited();
        execute(timer(pi, ClarificationProcess.TIMER_ANSWER_DEADLINE));
        assertThat(pi).hasPassed(ClarificationProcess.TIMER_ANSWER_DEADLINE);
        assertThat(task(pi)).hasDefinitionKey(ClarificationProcess.USER_RECORD_NO_ANSWER).hasCandidateGroup("politi-oslo");
        complete(task(pi), withVariables(Vars.TALK_OUTCOME, "NO_ANSWER"));
        assertThat(pi).isEnded().hasPassed(ClarificationProcess.END_ANSWER_DEADLINE_PASSED);
    }

    @Test
    void theReminderFlagsTheAnswerTaskWithoutCancellingIt() {
        ProcessInstance pi = invited();
        execute(timer(pi, ClarificationProcess.TIMER_ANSWER_REMINDER));
        execute(job(ClarificationProcess.SERVICE_REMIND_CONDUCTOR, pi));
        verify(tasks).escalate(pi.getId(), ClarificationProcess.USER_RECORD_ANSWER, "politi-oslo");
        verify(records).reminded(pi.getId());
        assertThat(pi).isWaitingAt(ClarificationProcess.USER_RECORD_ANSWER).hasPassed(ClarificationProcess.END_REMINDED);
    }

    @Test
    void aTalkThatDidNotTakePlaceGetsANewInvitation() {
        ProcessInstance pi = invited();
        complete(task(pi), withVariables(Vars.ANSWER, "ACCEPTED"));
        complete(task(pi), withVariables(Vars.TALK_OUTCOME, "RESCHEDULED"));
        assertThat(task(pi)).hasDefinitionKey(ClarificationProcess.USER_INVITE).hasCandidateGroup("politi-oslo");
        assertThat(pi).isActive();
    }

    @Test
    void forAReturneePoliceAndPstDecideAndPstMayConduct() {
        ProcessInstance pi = start(ClarificationProcess.TalkContext.RETURNEE);
        assertThat(task(pi)).hasDefinitionKey(ClarificationProcess.USER_PLAN_RETURNEE_TALK)
                .hasCandidateGroup("politi-oslo").hasCandidateGroup("pst");
        complete(task(pi), withVariables(Vars.CONDUCTOR_GROUP, "pst"));
        assertThat(task(pi)).hasDefinitionKey(ClarificationProcess.USER_INVITE).hasCandidateGroup("pst");
        org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(link -> "politi-oslo".equals(link.getGroupId()));
    }

    @Test
    void returneeFollowUpCallsTheTalkAndContinuesItsPlanWithTheOutcome() {
        ProcessInstance caller = runtimeService().startProcessInstanceByKey("returnee_caller_test", caseId.toString(),
                Map.of("caseId", caseId.toString(),
                        "policeGroup", "politi-oslo"));
        assertThat(caller).isWaitingAt("call_clarification_talk");
        ProcessInstance talk = calledProcessInstance(caller);
        assertThat(talk).hasBusinessKey(caseId.toString()).variables()
                .containsEntry(Vars.TALK_CONTEXT, "RETURNEE");
        complete(task(talk), withVariables(Vars.CONDUCTOR_GROUP, "pst"));
        complete(task(talk), withVariables(Vars.REMINDER_DUE, inDays(7), Vars.ANSWER_DUE, inDays(14)));
        complete(task(talk), withVariables(Vars.ANSWER, "ACCEPTED"));
        complete(task(talk), withVariables(Vars.TALK_OUTCOME, "HELD"));
        // Only the outcome code comes back (ADR 0023): the assessment and the talk's id stay in the talk record.
        assertThat(caller).isWaitingAt("user_continue_plan").variables()
                .containsEntry(Vars.TALK_OUTCOME, "HELD").doesNotContainKeys("talkAssessment", "talkId")
                .doesNotContainKey(Vars.CONDUCTOR_GROUP);
    }
}
