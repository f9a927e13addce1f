package no.samvirke.notification.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.samvirke.inbox.Tasks;
import no.samvirke.notification.internal.Escalation;
import no.samvirke.notification.internal.Handoffs;
import no.samvirke.notification.internal.ReachMunicipality;
import no.samvirke.notification.process.TravelNotificationProcess.Step;
import no.samvirke.notification.process.TravelNotificationProcess.Vars;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of processes/travel-notification.bpmn on an in-memory engine. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/travel-notification.bpmn")
class TravelNotificationProcessTest {

    private static final Instant DUE = Instant.parse("2026-03-31T14:00:00Z");
    private static final Instant LEADER_DUE = Instant.parse("2026-04-01T14:00:00Z");

    ProcessEngine engine;
    private final UUID notificationId = UUID.randomUUID();
    private final UUID handoffId = UUID.randomUUID();
    private final UUID caseId = UUID.randomUUID();
    private final Handoffs handoffs = mock(Handoffs.class);
    private final ReachMunicipality reach = mock(ReachMunicipality.class);
    private final Tasks tasks = mock(Tasks.class);
    private String recipient = "politi-oslo";

    @BeforeEach
    void registerDelegates() {
        init(engine);
        when(handoffs.send(notificationId)).thenAnswer(i -> new Handoffs.Sent(handoffId, recipient, DUE, LEADER_DUE));
        when(reach.handle(notificationId)).thenReturn(caseId);
        Mocks.register("sendHandoffDelegate", new SendHandoffDelegate(handoffs));
        Mocks.register("escalateHandoffDelegate", new EscalateHandoffDelegate(tasks, handoffs));
        Mocks.register("reachedMunicipalityDelegate", new ReachedMunicipalityDelegate(reach));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
    }

    private ProcessInstance start(String type, String origin, String originGroup) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.NOTIFICATION_ID, notificationId.toString());
        // As NotificationRecorder does: the type and the origin route the start only, transient (ADR 0023).
        vars.put(Vars.NOTIFICATION_TYPE, org.camunda.bpm.engine.variable.Variables.stringValue(type, true));
        vars.put(Vars.ORIGIN_AGENCY, org.camunda.bpm.engine.variable.Variables.stringValue(origin, true));
        vars.put(Vars.ORIGIN_GROUP, originGroup);
        return runtimeService().startProcessInstanceByKey(TravelNotificationProcess.KEY, notificationId.toString(), vars);
    }

    private void acknowledge(ProcessInstance pi, Step next) {
        complete(task(TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF, pi), withVariables(Vars.NEXT_STEP, next.name()));
    }

    @Test
    void aReturnFromPstGoesToThePoliceThenToTheMunicipalityAndLinksTheCase() {
        ProcessInstance pi = start("RETURN", "PST", "pst");
        assertThat(pi).hasPassed(TravelNotificationProcess.EVENT_RETURN)
                .hasNotPassed(TravelNotificationProcess.SERVICE_MUNICIPALITY_LEARNED_FIRST)
                .isWaitingAt(TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF);
        assertThat(task(pi)).hasCandidateGroup("politi-oslo").hasDueDate(java.util.Date.from(DUE));

        recipient = "slt-3201";
        acknowledge(pi, Step.HANDOFF);
        assertThat(task(pi)).hasCandidateGroup("slt-3201");
        verify(handoffs, times(2)).send(notificationId);

        acknowledge(pi, Step.REACHED_MUNICIPALITY);
        assertThat(pi).hasPassed(TravelNotificationProcess.SERVICE_REACHED_MUNICIPALITY)
                .isEnded().hasPassed(TravelNotificationProcess.END_MUNICIPALITY_INFORMED)
                .variables().doesNotContainValue(caseId.toString());
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .allMatch(v -> Vars.ALL.contains(v.getName()));
    }

    @Test
    void outboundTravelAndDeathArePassedAsTheirOwnEventsForTheMeasureCount() {
        assertThat(start("OUTBOUND_TRAVEL", "PST", "pst")).hasPassed(TravelNotificationProcess.EVENT_OUTBOUND_TRAVEL)
                .hasNotPassed(TravelNotificationProcess.EVENT_RETURN, TravelNotificationProcess.EVENT_DEATH);
        assertThat(start("DEATH", "POLICE", "politi-oslo")).hasPassed(TravelNotificationProcess.EVENT_DEATH)
                .hasNotPassed(TravelNotificationProcess.EVENT_RETURN, TravelNotificationProcess.EVENT_OUTBOUND_TRAVEL);
    }

    @Test
    void whenTheMunicipalityLearnsFirstItHasTheCaseAtOnceAndTellsThePoliceThenPst() {
        ProcessInstance pi = start("OUTBOUND_TRAVEL", "MUNICIPALITY", "slt-3201");
        assertThat(pi).hasPassed(TravelNotificationProcess.SERVICE_MUNICIPALITY_LEARNED_FIRST)
                .isWaitingAt(TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF);
        verify(reach).handle(notificationId);

        recipient = "pst";
        acknowledge(pi, Step.HANDOFF);
        assertThat(task(pi)).hasCandidateGroup("pst");
        acknowledge(pi, Step.DONE);
        assertThat(pi).isEnded().hasPassed(TravelNotificationProcess.END_POLICE_AND_PST_INFORMED)
                .hasNotPassed(TravelNotificationProcess.SERVICE_REACHED_MUNICIPALITY);
    }

    @Test
    void notYetClearedWaitsForTheHarmAssessmentOfTheOriginThenGoesToTheMunicipality() {
        ProcessInstance pi = start("RETURN", "PST", "pst");
        acknowledge(pi, Step.HARM_ASSESSMENT);
        assertThat(pi).isWaitingAt(TravelNotificationProcess.USER_HARM_ASSESSMENT);
        assertThat(task(pi)).hasCandidateGroup("pst");
        verify(handoffs, times(1)).send(notificationId);

        recipient = "slt-3201";
        complete(task(pi), withVariables(Vars.HARM_CLEARED, true));
        assertThat(pi).isWaitingAt(TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF);
        assertThat(task(pi)).hasCandidateGroup("slt-3201");
        verify(handoffs, times(2)).send(notificationId);
    }

    @Test
    void aWithheldNotificationEndsWithoutTellingTheMunicipality() {
        ProcessInstance pi = start("OUTBOUND_TRAVEL", "POLICE", "politi-oslo");
        acknowledge(pi, Step.HARM_ASSESSMENT);
        assertThat(task(pi)).hasCandidateGroup("politi-oslo");
        complete(task(pi), withVariables(Vars.HARM_CLEARED, false));
        assertThat(pi).isEnded().hasPassed(TravelNotificationProcess.END_WITHHELD);
        verify(reach, never()).handle(any());
    }

    @Test
    void anUnacknowledgedHandoffEscalatesToTheDeputiesAndThenToTheLeadersWhileTheTaskStaysOpen() {
        ProcessInstance pi = start("RETURN", "PST", "pst");
        org.assertj.core.api.Assertions.assertThat(timer(pi, TravelNotificationProcess.TIMER_FIRST_ESCALATION)
                .getDuedate()).isEqualTo(java.util.Date.from(DUE));
        org.assertj.core.api.Assertions.assertThat(timer(pi, TravelNotificationProcess.TIMER_SECOND_ESCALATION)
                .getDuedate()).isEqualTo(java.util.Date.from(LEADER_DUE));

        execute(timer(pi, TravelNotificationProcess.TIMER_FIRST_ESCALATION));
        execute(job(TravelNotificationProcess.SERVICE_ESCALATE_TO_DEPUTY, pi));
        verify(tasks).escalate(pi.getId(), TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF, "stedfortreder-politi-oslo");
        verify(handoffs).escalate(handoffId, Escalation.DEPUTY);
        assertThat(pi).hasPassed(TravelNotificationProcess.END_ESCALATED_TO_DEPUTY)
                .isWaitingAt(TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF);

        execute(timer(pi, TravelNotificationProcess.TIMER_SECOND_ESCALATION));
        execute(job(TravelNotificationProcess.SERVICE_ESCALATE_TO_LEADER, pi));
        verify(tasks).escalate(pi.getId(), TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF, "leder-politi-oslo");
        verify(handoffs).escalate(handoffId, Escalation.LEADER);
        assertThat(pi).hasPassed(TravelNotificationProcess.END_ESCALATED_TO_LEADER)
                .isWaitingAt(TravelNotificationProcess.USER_ACKNOWLEDGE_HANDOFF);
    }

    @Test
    void anAcknowledgedHandoffNoLongerEscalates() {
        ProcessInstance pi = start("DEATH", "PST", "pst");
        recipient = "slt-3201";
        acknowledge(pi, Step.HANDOFF);
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId())
                .timers().count()).isEqualTo(2);
        acknowledge(pi, Step.REACHED_MUNICIPALITY);
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId())
                .count()).isZero();
        verify(tasks, never()).escalate(any(), any(), any());
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }
}
