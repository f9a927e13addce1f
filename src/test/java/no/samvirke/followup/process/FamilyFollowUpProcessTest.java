package no.samvirke.followup.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.followup.process.FamilyFollowUpProcess.Vars;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.ContactHoldReleased;
import no.samvirke.sharing.ContactHolds;
import no.samvirke.sharing.contacthold.process.CheckContactHoldDelegate;
import no.samvirke.sharing.contacthold.process.ContactHoldReleasedListener;
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

/** Every path of processes/family-follow-up.bpmn on an in-memory engine. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/family-follow-up.bpmn")
class FamilyFollowUpProcessTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T08:00:00Z"), ZoneOffset.UTC);
    static final FollowUpSettings SETTINGS = new FollowUpSettings(5, 5, 20, 20, Period.ofMonths(3), 0);

    ProcessEngine engine;
    private final UUID caseId = UUID.randomUUID();
    private final ContactHolds holds = mock(ContactHolds.class);

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine);
        FollowUpDeadlines deadlines = new FollowUpDeadlines(SETTINGS, new WorkingDays(), CLOCK);
        Mocks.register("prepareFamilyFollowUpDelegate", new PrepareFamilyFollowUpDelegate(deadlines));
        Mocks.register("checkContactHoldDelegate", new CheckContactHoldDelegate(holds));
        Mocks.register("scheduleFollowUpReviewDelegate", new ScheduleFollowUpReviewDelegate(deadlines));
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.empty());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(FollowUpVars.CASE_ID.name(), caseId.toString());
        vars.put(FollowUpVars.SLT_GROUP.name(), "slt-3201");
        vars.put(FollowUpVars.FOLLOW_UP_GROUPS.name(), "slt-3201,kjernegruppe-kommune-3201");
        return runtimeService().startProcessInstanceByKey(FamilyFollowUpProcess.KEY, caseId.toString(), vars);
    }

    private ProcessInstance offerAccepted() {
        ProcessInstance pi = start();
        complete(task(FamilyFollowUpProcess.USER_CONTACT_FAMILY, pi), withVariables(Vars.CONTACT_MADE, true));
        complete(task(FamilyFollowUpProcess.USER_OFFER_FOLLOW_UP, pi), withVariables(Vars.OFFER_ACCEPTED, true));
        return pi;
    }

    @Test
    void withoutAHoldTheSltCoordinatorContactsTheFamilyWithinFiveWorkingDays() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(FamilyFollowUpProcess.USER_CONTACT_FAMILY);
        assertThat(task(pi)).hasCandidateGroup("slt-3201")
                .hasDueDate(Date.from(Instant.parse("2026-04-09T14:00:00Z"))); // Easter skipped, end of day
    }

    @Test
    void aFamilyThatCannotBeReachedEndsTheFollowUp() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(Vars.CONTACT_MADE, false));
        assertThat(pi).isEnded().hasPassed(FamilyFollowUpProcess.END_FAMILY_NOT_REACHED);
    }

    @Test
    void aDeclinedOfferEndsTheFollowUp() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(Vars.CONTACT_MADE, true));
        assertThat(task(pi)).hasDefinitionKey(FamilyFollowUpProcess.USER_OFFER_FOLLOW_UP).hasCandidateGroup("slt-3201");
        complete(task(pi), withVariables(Vars.OFFER_ACCEPTED, false));
        assertThat(pi).isEnded().hasPassed(FamilyFollowUpProcess.END_OFFER_DECLINED);
    }

    @Test
    void anAcceptedOfferIsCoordinatedAndReviewedEveryThreeMonthsUntilClosed() {
        ProcessInstance pi = offerAccepted();
        assertThat(task(pi)).hasDefinitionKey(FamilyFollowUpProcess.USER_COORDINATE_SERVICES)
                .hasCandidateGroup("slt-3201").hasCandidateGroup("kjernegruppe-kommune-3201");
        complete(task(pi));
        assertThat(pi).isWaitingAt(FamilyFollowUpProcess.TIMER_NEXT_REVIEW);
        org.assertj.core.api.Assertions.assertThat(job(FamilyFollowUpProcess.TIMER_NEXT_REVIEW, pi).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-06-30T08:00:00Z")));
        execute(job(FamilyFollowUpProcess.TIMER_NEXT_REVIEW, pi));
        complete(task(FamilyFollowUpProcess.USER_REVIEW, pi), withVariables(FollowUpVars.CLOSE_FOLLOW_UP.name(), false));
        assertThat(pi).isWaitingAt(FamilyFollowUpProcess.TIMER_NEXT_REVIEW);
        execute(job(FamilyFollowUpProcess.TIMER_NEXT_REVIEW, pi));
        complete(task(FamilyFollowUpProcess.USER_REVIEW, pi), withVariables(FollowUpVars.CLOSE_FOLLOW_UP.name(), true));
        assertThat(pi).isEnded().hasPassed(FamilyFollowUpProcess.END_CLOSED);
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(v -> v.getName()).isSubsetOf(Vars.ALL);
    }

    @Test
    void theReviewIntervalMayBeGivenInWorkingDays() {
        FollowUpSettings everyTenDays = new FollowUpSettings(5, 5, 20, 20, Period.ofMonths(3), 10);
        Mocks.register("scheduleFollowUpReviewDelegate",
                new ScheduleFollowUpReviewDelegate(new FollowUpDeadlines(everyTenDays, new WorkingDays(), CLOCK)));
        ProcessInstance pi = offerAccepted();
        complete(task(pi));
        // 10 working days from Monday 30 March 2026: Easter (2, 3 and 6 April) is skipped
        org.assertj.core.api.Assertions.assertThat(job(FamilyFollowUpProcess.TIMER_NEXT_REVIEW, pi).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-04-16T14:00:00Z")));
    }

    @Test
    void aContactHoldKeepsTheContactBackUntilItExpires() {
        Instant expiry = Instant.parse("2026-04-20T22:00:00Z");
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.of(expiry));
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(FamilyFollowUpProcess.GATEWAY_WAIT_CONTACT_HOLD);
        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        Job timer = job(FamilyFollowUpProcess.TIMER_CONTACT_HOLD_EXPIRED, pi);
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(expiry));

        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.empty());
        execute(timer);
        assertThat(pi).isWaitingAt(FamilyFollowUpProcess.USER_CONTACT_FAMILY);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(pi.getId())).containsEntry(Vars.CONTACT_HOLD, false);
    }

    @Test
    void pstsReleaseLetsTheContactGoAheadAtOnce() {
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.of(Instant.parse("2026-04-20T22:00:00Z")));
        ProcessInstance pi = start();
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.empty());
        new ContactHoldReleasedListener(runtimeService()).on(new ContactHoldReleased(caseId));
        assertThat(pi).hasPassed(FamilyFollowUpProcess.MESSAGE_CONTACT_HOLD_RELEASED)
                .isWaitingAt(FamilyFollowUpProcess.USER_CONTACT_FAMILY);
    }

    @Test
    void aHoldRenewedBeforeItExpiredKeepsWaiting() {
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.of(Instant.parse("2026-04-20T22:00:00Z")));
        ProcessInstance pi = start();
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.of(Instant.parse("2026-05-20T22:00:00Z")));
        execute(job(FamilyFollowUpProcess.TIMER_CONTACT_HOLD_EXPIRED, pi));
        assertThat(pi).isWaitingAt(FamilyFollowUpProcess.GATEWAY_WAIT_CONTACT_HOLD);
        org.assertj.core.api.Assertions.assertThat(job(FamilyFollowUpProcess.TIMER_CONTACT_HOLD_EXPIRED, pi).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-05-20T22:00:00Z")));
    }
}
