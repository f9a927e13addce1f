package no.samvirke.review.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.clarification.process.ClarificationProcess;
import no.samvirke.inbox.Tasks;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.WorkingDays;
import no.samvirke.review.process.ConcernProcess.Vars;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.ContactHoldReleased;
import no.samvirke.sharing.ContactHolds;
import no.samvirke.sharing.contacthold.process.CheckContactHoldDelegate;
import no.samvirke.sharing.contacthold.process.ContactHoldReleasedListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

/** Every path of processes/concern-handling.bpmn on an in-memory engine. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/concern-handling.bpmn", "processes/clarification-talk.bpmn"})
class ConcernProcessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T08:00:00Z"), ZoneOffset.UTC);
    private static final DeadlineSettings SETTINGS =
            new DeadlineSettings(2, 10, Duration.ofHours(1), Period.ofMonths(6), Period.ofMonths(6));

    ProcessEngine engine;
    private final UUID concernId = UUID.randomUUID();
    private final Concerns concerns = mock(Concerns.class);
    private final Tasks tasks = mock(Tasks.class);
    private final CaseConfidentiality confidentiality = mock(CaseConfidentiality.class);
    private final ContactHolds contactHolds = mock(ContactHolds.class);

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine);
        ConcernDeadlines deadlines = new ConcernDeadlines(SETTINGS, new WorkingDays(), CLOCK);
        Mocks.register("prepareConcernDelegate", new PrepareConcernDelegate(deadlines));
        Mocks.register("startAssessmentDelegate", new StartAssessmentDelegate(concerns, deadlines));
        Mocks.register("closeConcernDelegate", new CloseConcernDelegate(concerns));
        Mocks.register("escalateOverdueTaskDelegate", new EscalateOverdueTaskDelegate(tasks));
        Mocks.register("concernTimers", new ConcernTimers(SETTINGS));
        Mocks.register("routeReviewDelegate", new RouteReviewDelegate(confidentiality));
        when(confidentiality.policeMayKnowIdentity(CaseId.of(concernId))).thenReturn(true);
        Mocks.register("checkContactHoldDelegate", new CheckContactHoldDelegate(contactHolds));
        // The called clarification talk (its own module and tests): open its record as the real delegate does.
        Mocks.register("openTalkDelegate", (JavaDelegate) e -> {
            e.setVariable(ClarificationProcess.Vars.CONDUCTOR_GROUP, e.getVariable(Vars.POLICE_GROUP));
        });
    }

    /** The police's first task in the clarification talk called with the case as business key. */
    private org.camunda.bpm.engine.task.Task talkInvitation(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(ConcernProcess.CALL_CLARIFICATION_TALK);
        ProcessInstance talk = calledProcessInstance(pi);
        assertThat(talk).hasBusinessKey(concernId.toString());
        return task(ClarificationProcess.USER_INVITE, talk);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(boolean acuteDanger) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.CASE_ID, concernId.toString());
        vars.put(Vars.MUNICIPALITY_CODE, "3201");
        // As StartConcernHandling and the review form do: these route once, transient (ADR 0023).
        vars.put(Vars.ACUTE_DANGER, org.camunda.bpm.engine.variable.Variables.booleanValue(acuteDanger, true));
        vars.put(Vars.SLT_GROUP, "slt-3201");
        vars.put(Vars.KJERNEGRUPPE_GROUP, "kjernegruppe-3201");
        vars.put(Vars.POLICE_GROUP, "politi-oslo");
        return runtimeService().startProcessInstanceByKey(ConcernProcess.KEY, concernId.toString(), vars);
    }

    private ProcessInstance inReview() {
        ProcessInstance pi = start(false);
        complete(task(ConcernProcess.USER_SCREEN_CONCERN, pi), withVariables(Vars.IN_SCOPE, true));
        assertThat(pi).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN);
        return pi;
    }

    private void decide(ProcessInstance pi, ConcernProcess.Decision decision) {
        decide(pi, decision, new HashMap<>());
    }

    private void decide(ProcessInstance pi, ConcernProcess.Decision decision, Map<String, Object> vars) {
        vars.put(Vars.DECISION, org.camunda.bpm.engine.variable.Variables.stringValue(decision.name(), true));
        complete(task(ConcernProcess.USER_REVIEW_CONCERN, pi), vars);
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
    }

    @Test
    void screeningIsDueInTwoWorkingDaysForTheSltGroup() {
        ProcessInstance pi = start(false);
        assertThat(pi).isWaitingAt(ConcernProcess.USER_SCREEN_CONCERN);
        assertThat(task(pi)).hasCandidateGroup("slt-3201")
                .hasDueDate(Date.from(Instant.parse("2026-04-01T14:00:00Z")));
        assertThat(pi).hasNotPassed(ConcernProcess.USER_ACUTE_POLICE_ALERT);
    }

    @Test
    void notInScopeIsRoutedToOrdinaryServicesAndClosed() {
        ProcessInstance pi = start(false);
        complete(task(pi), withVariables(Vars.IN_SCOPE, false));
        assertThat(pi).isEnded().hasPassed(ConcernProcess.END_ROUTED_TO_ORDINARY_SERVICES);
        verify(concerns).changeStatus(concernId, ConcernStatus.CLOSED);
    }

    /** Ten working days from Monday 30 March 2026 skip Maundy Thursday, Good Friday and Easter Monday. */
    @Test
    void inScopeGoesToTheKjernegruppeUnderAssessment() {
        ProcessInstance pi = inReview();
        verify(concerns).changeStatus(concernId, ConcernStatus.UNDER_ASSESSMENT);
        assertThat(task(pi)).hasCandidateGroup("kjernegruppe-3201").hasDueDate(
                Date.from(Instant.parse("2026-04-16T14:00:00Z")));
    }

    @Test
    void namedCaseWithoutAPoliceBasisGoesToTheMunicipalMembersOnly() {
        when(confidentiality.policeMayKnowIdentity(CaseId.of(concernId))).thenReturn(false);
        ProcessInstance pi = inReview();
        assertThat(pi).variables().containsEntry(Vars.REVIEW_GROUPS, "kjernegruppe-kommune-3201");
        assertThat(task(pi)).hasCandidateGroup("kjernegruppe-kommune-3201");
        org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery()
                .taskCandidateGroup("kjernegruppe-politi-3201").count()).isZero();
    }

    @Test
    void anonymisedDiscussionGoesToTheWholeKjernegruppe() {
        when(confidentiality.policeMayKnowIdentity(CaseId.of(concernId))).thenReturn(false);
        when(confidentiality.anonymised(CaseId.of(concernId))).thenReturn(true);
        ProcessInstance pi = inReview();
        assertThat(pi).variables().containsEntry(Vars.REVIEW_GROUPS, "kjernegruppe-3201");
    }

    @Test
    void aReviewAfterConversionIsRoutedAgainFromTheNewConfidentiality() {
        when(confidentiality.policeMayKnowIdentity(CaseId.of(concernId))).thenReturn(false);
        ProcessInstance pi = inReview();
        when(confidentiality.policeMayKnowIdentity(CaseId.of(concernId))).thenReturn(true);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.FOLLOW_UP_REVIEW_DATE, Date.from(Instant.parse("2026-06-01T06:00:00Z")));
        decide(pi, ConcernProcess.Decision.FOLLOW_UP, vars);
        execute(timer(pi, ConcernProcess.TIMER_FOLLOW_UP_REVIEW));
        assertThat(task(pi)).hasDefinitionKey(ConcernProcess.USER_REVIEW_CONCERN).hasCandidateGroup("kjernegruppe-3201");
    }

    @Test
    void acuteDangerAlertsThePoliceInParallelWithScreening() {
        ProcessInstance pi = start(true);
        assertThat(pi).isWaitingAt(ConcernProcess.USER_ACUTE_POLICE_ALERT, ConcernProcess.USER_SCREEN_CONCERN);
        assertThat(task(ConcernProcess.USER_ACUTE_POLICE_ALERT, pi)).hasCandidateGroup("politi-oslo")
                .hasDueDate(Date.from(Instant.parse("2026-03-30T09:00:00Z")));
        complete(task(ConcernProcess.USER_ACUTE_POLICE_ALERT, pi));
        assertThat(pi).hasPassed(ConcernProcess.END_ACUTE_ALERT_HANDLED).isWaitingAt(ConcernProcess.USER_SCREEN_CONCERN);
    }

    @Test
    void overdueScreeningIsEscalatedWithoutCancellingTheTask() {
        ProcessInstance pi = start(false);
        verifyNoInteractions(tasks);
        execute(timer(pi, ConcernProcess.TIMER_SCREENING_OVERDUE));
        execute(job(ConcernProcess.SERVICE_ESCALATE_SCREENING, pi));
        verify(tasks).escalate(pi.getId(), ConcernProcess.USER_SCREEN_CONCERN, "slt-3201");
        assertThat(pi).hasPassed(ConcernProcess.END_SCREENING_ESCALATED).isWaitingAt(ConcernProcess.USER_SCREEN_CONCERN);
    }

    @Test
    void overdueReviewIsEscalatedToSltWithoutCancellingTheTask() {
        ProcessInstance pi = inReview();
        execute(timer(pi, ConcernProcess.TIMER_REVIEW_OVERDUE));
        execute(job(ConcernProcess.SERVICE_ESCALATE_REVIEW, pi));
        verify(tasks).escalate(pi.getId(), ConcernProcess.USER_REVIEW_CONCERN, "slt-3201");
        assertThat(pi).hasPassed(ConcernProcess.END_REVIEW_ESCALATED).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN);
    }

    @Test
    void closeIsConfirmedAfterSixAndTwelveMonths() {
        ProcessInstance pi = inReview();
        decide(pi, ConcernProcess.Decision.CLOSE);
        verify(concerns).changeStatus(concernId, ConcernStatus.CLOSED);
        assertThat(pi).isWaitingAt(ConcernProcess.TIMER_FIRST_CLOSED_REVIEW);
        execute(timer(pi, ConcernProcess.TIMER_FIRST_CLOSED_REVIEW));
        assertThat(task(pi)).hasDefinitionKey(ConcernProcess.USER_CONFIRM_CLOSED_6M).hasCandidateGroup("kjernegruppe-3201");
        complete(task(pi), withVariables(Vars.REOPEN, false));
        execute(timer(pi, ConcernProcess.TIMER_SECOND_CLOSED_REVIEW));
        complete(task(ConcernProcess.USER_CONFIRM_CLOSED_12M, pi), withVariables(Vars.REOPEN, false));
        assertThat(pi).isEnded().hasPassed(ConcernProcess.END_CASE_CLOSED);
    }

    @Test
    void firstClosedReviewIsSixMonthsAfterClosing() {
        ProcessInstance pi = inReview();
        Date before = new Date();
        decide(pi, ConcernProcess.Decision.CLOSE);
        Date due = timer(pi, ConcernProcess.TIMER_FIRST_CLOSED_REVIEW).getDuedate();
        org.assertj.core.api.Assertions.assertThat(due).isAfterOrEqualTo(
                Date.from(before.toInstant().atZone(ZoneOffset.UTC).plusMonths(6).minusMinutes(1).toInstant()));
    }

    @Test
    void reopeningAtSixMonthsReturnsToReview() {
        ProcessInstance pi = inReview();
        decide(pi, ConcernProcess.Decision.CLOSE);
        execute(timer(pi, ConcernProcess.TIMER_FIRST_CLOSED_REVIEW));
        complete(task(ConcernProcess.USER_CONFIRM_CLOSED_6M, pi), withVariables(Vars.REOPEN, true));
        assertThat(pi).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN);
        verify(concerns, org.mockito.Mockito.times(2)).changeStatus(concernId, ConcernStatus.UNDER_ASSESSMENT);
    }

    @Test
    void reopeningAtTwelveMonthsReturnsToReview() {
        ProcessInstance pi = inReview();
        decide(pi, ConcernProcess.Decision.CLOSE);
        execute(timer(pi, ConcernProcess.TIMER_FIRST_CLOSED_REVIEW));
        complete(task(pi), withVariables(Vars.REOPEN, false));
        execute(timer(pi, ConcernProcess.TIMER_SECOND_CLOSED_REVIEW));
        complete(task(pi), withVariables(Vars.REOPEN, true));
        assertThat(pi).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN);
    }

    @Test
    void followUpWaitsForTheReviewDateAndReturnsToReview() {
        ProcessInstance pi = inReview();
        Date reviewDate = Date.from(Instant.now().plus(Duration.ofDays(30)));
        decide(pi, ConcernProcess.Decision.FOLLOW_UP, new HashMap<>(Map.of(Vars.FOLLOW_UP_REVIEW_DATE, reviewDate)));
        assertThat(pi).isWaitingAt(ConcernProcess.TIMER_FOLLOW_UP_REVIEW);
        org.assertj.core.api.Assertions.assertThat(timer(pi, ConcernProcess.TIMER_FOLLOW_UP_REVIEW).getDuedate())
                .isEqualTo(reviewDate);
        execute(timer(pi, ConcernProcess.TIMER_FOLLOW_UP_REVIEW));
        assertThat(pi).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN);
    }

    @Test
    void clarificationTalkByThePoliceReturnsToReviewWithTheAssessment() {
        ProcessInstance pi = inReview();
        decide(pi, ConcernProcess.Decision.CLARIFICATION_TALK);
        assertThat(talkInvitation(pi)).hasCandidateGroup("politi-oslo");
        ProcessInstance talk = calledProcessInstance(pi);
        Date later = Date.from(Instant.now().plus(Duration.ofDays(14)));
        complete(task(talk), withVariables(ClarificationProcess.Vars.REMINDER_DUE, later,
                ClarificationProcess.Vars.ANSWER_DUE, later));
        complete(task(talk), withVariables(ClarificationProcess.Vars.ANSWER, "ACCEPTED"));
        complete(task(talk), withVariables(ClarificationProcess.Vars.TALK_OUTCOME, "HELD"));
        // The talk's outcome and assessment stay in the talk record; the timeline reads them there (ADR 0023).
        assertThat(pi).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN).variables()
                .doesNotContainKeys("talkOutcome", "talkAssessment", "talkId", "decision");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(pi.getId()).keySet())
                .isSubsetOf(Vars.ALL);
    }

    @Test
    void aDeclinedClarificationTalkReturnsToReview() {
        ProcessInstance pi = inReview();
        decide(pi, ConcernProcess.Decision.CLARIFICATION_TALK);
        talkInvitation(pi);
        ProcessInstance talk = calledProcessInstance(pi);
        Date later = Date.from(Instant.now().plus(Duration.ofDays(14)));
        complete(task(talk), withVariables(ClarificationProcess.Vars.REMINDER_DUE, later,
                ClarificationProcess.Vars.ANSWER_DUE, later));
        complete(task(talk), withVariables(ClarificationProcess.Vars.ANSWER, "DECLINED",
                ClarificationProcess.Vars.TALK_OUTCOME, "DECLINED"));
        assertThat(pi).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN).variables()
                .doesNotContainKeys("talkOutcome", "talkAssessment");
    }

    @Test
    void seriousCaseIsForwardedToThePoliceAndClosed() {
        ProcessInstance pi = inReview();
        decide(pi, ConcernProcess.Decision.FORWARD_SERIOUS);
        assertThat(task(pi)).hasDefinitionKey(ConcernProcess.USER_RECEIVE_SERIOUS_REFERRAL).hasCandidateGroup("politi-oslo");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(ConcernProcess.END_CASE_FORWARDED);
        verify(concerns).changeStatus(concernId, ConcernStatus.CLOSED);
    }

    private ProcessInstance heldForClarification(Instant until) {
        when(contactHolds.heldUntil(CaseId.of(concernId))).thenReturn(Optional.of(until));
        ProcessInstance pi = inReview();
        decide(pi, ConcernProcess.Decision.CLARIFICATION_TALK);
        return pi;
    }

    @Test
    void clarificationTalkIsHeldWhilePstForbidsContactWithTheFamily() {
        Instant until = Instant.parse("2026-05-01T22:00:00Z");
        ProcessInstance pi = heldForClarification(until);
        assertThat(pi).isWaitingAt(ConcernProcess.GATEWAY_WAIT_CONTACT_HOLD)
                .hasNotPassed(ConcernProcess.CALL_CLARIFICATION_TALK)
                .variables().containsEntry(Vars.CONTACT_HOLD, true);
        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        org.assertj.core.api.Assertions.assertThat(timer(pi, ConcernProcess.TIMER_CONTACT_HOLD_EXPIRED).getDuedate())
                .isEqualTo(Date.from(until));
    }

    @Test
    void releaseByPstStartsTheClarificationTalkAtOnce() {
        ProcessInstance pi = heldForClarification(Instant.parse("2026-05-01T22:00:00Z"));
        when(contactHolds.heldUntil(CaseId.of(concernId))).thenReturn(Optional.empty());
        new ContactHoldReleasedListener(runtimeService()).on(new ContactHoldReleased(concernId));
        assertThat(pi).hasPassed(ConcernProcess.MESSAGE_CONTACT_HOLD_RELEASED);
        assertThat(talkInvitation(pi)).hasCandidateGroup("politi-oslo");
        org.assertj.core.api.Assertions.assertThat(timer(pi, ConcernProcess.TIMER_CONTACT_HOLD_EXPIRED)).isNull();
    }

    @Test
    void expiredHoldStartsTheClarificationTalk() {
        ProcessInstance pi = heldForClarification(Instant.parse("2026-05-01T22:00:00Z"));
        when(contactHolds.heldUntil(CaseId.of(concernId))).thenReturn(Optional.empty());
        execute(timer(pi, ConcernProcess.TIMER_CONTACT_HOLD_EXPIRED));
        talkInvitation(pi);
        assertThat(pi).variables().containsEntry(Vars.CONTACT_HOLD, false);
    }

    @Test
    void holdExtendedByPstKeepsTheTalkWaitingUntilTheNewDate() {
        ProcessInstance pi = heldForClarification(Instant.parse("2026-05-01T22:00:00Z"));
        Instant extended = Instant.parse("2026-06-01T22:00:00Z");
        when(contactHolds.heldUntil(CaseId.of(concernId))).thenReturn(Optional.of(extended));
        execute(timer(pi, ConcernProcess.TIMER_CONTACT_HOLD_EXPIRED));
        assertThat(pi).isWaitingAt(ConcernProcess.GATEWAY_WAIT_CONTACT_HOLD);
        org.assertj.core.api.Assertions.assertThat(timer(pi, ConcernProcess.TIMER_CONTACT_HOLD_EXPIRED).getDuedate())
                .isEqualTo(Date.from(extended));
    }

    @Test
    void releaseWithoutAWaitingProcessChangesNothing() {
        ProcessInstance pi = inReview();
        new ContactHoldReleasedListener(runtimeService()).on(new ContactHoldReleased(concernId));
        assertThat(pi).isWaitingAt(ConcernProcess.USER_REVIEW_CONCERN);
    }
}
