package no.samvirke.sharing.contacthold.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.ContactHoldReleased;
import no.samvirke.sharing.ContactHolds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one contact-hold check both processes share: the same delegate sets the flag and the date in
 * each, and one release reaches every process of the case that waits for it, and no other case.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/concern-handling.bpmn", "processes/clarification-talk.bpmn",
        "processes/family-follow-up.bpmn"})
class ContactHoldCheckTest {

    private static final Instant UNTIL = Instant.parse("2026-05-01T22:00:00Z");

    ProcessEngine engine;
    private final UUID caseId = UUID.randomUUID();
    private final UUID otherCase = UUID.randomUUID();
    private final ContactHolds holds = mock(ContactHolds.class);

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine);
        Mocks.register(ContactHoldCheck.DELEGATE, new CheckContactHoldDelegate(holds));
        Mocks.register("prepareFamilyFollowUpDelegate", (JavaDelegate) e -> e.setVariable("contactDue", new Date()));
        Mocks.register("openTalkDelegate", (JavaDelegate) e -> e.setVariable("conductorGroup", "politi-oslo"));
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.of(UNTIL));
        when(holds.heldUntil(CaseId.of(otherCase))).thenReturn(Optional.of(UNTIL));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance concernHandlingHeld(UUID id) {
        return runtimeService().createProcessInstanceByKey("concern_handling").businessKey(id.toString())
                .setVariables(Map.of("caseId", id.toString(), "policeGroup", "politi-oslo"))
                .startBeforeActivity("service_check_contact_hold").execute();
    }

    private ProcessInstance familyFollowUpHeld(UUID id) {
        return runtimeService().startProcessInstanceByKey("family_follow_up", id.toString(),
                Map.of("caseId", id.toString(), "sltGroup", "slt-3201"));
    }

    @Test
    void bothProcessesKeepOnlyTheFlagAndTheDate() {
        for (ProcessInstance pi : new ProcessInstance[] {concernHandlingHeld(caseId), familyFollowUpHeld(caseId)}) {
            assertThat(pi).variables().containsEntry(ContactHoldCheck.CONTACT_HOLD.name(), true)
                    .containsEntry(ContactHoldCheck.CONTACT_HOLD_UNTIL.name(), Date.from(UNTIL));
        }
    }

    @Test
    void oneReleaseLetsEveryWaitingProcessOfTheCaseGoOnAndNoOtherCase() {
        ProcessInstance concern = concernHandlingHeld(caseId);
        ProcessInstance family = familyFollowUpHeld(caseId);
        ProcessInstance other = familyFollowUpHeld(otherCase);
        when(holds.heldUntil(CaseId.of(caseId))).thenReturn(Optional.empty());

        new ContactHoldReleasedListener(runtimeService()).on(new ContactHoldReleased(caseId));

        assertThat(concern).hasPassed("message_contact_hold_released").isWaitingAt("call_clarification_talk");
        assertThat(family).hasPassed("message_family_contact_hold_released").isWaitingAt("user_contact_family");
        assertThat(other).isWaitingAt("gateway_family_wait_contact_hold");
    }
}
