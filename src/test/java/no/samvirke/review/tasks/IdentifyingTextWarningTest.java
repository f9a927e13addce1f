package no.samvirke.review.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samvirke.catalogue.ChosenMeasures;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.inbox.InboxTask;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.review.internal.TimelineRecorder;
import no.samvirke.review.process.ConcernProcess;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.DiscussionMode;
import no.samvirke.anonymisation.IdentifyingKind;
import org.junit.jupiter.api.Test;

/** Free text on an anonymised case: warned before saving, saved after confirmation; the mode reaches sharing. */
class IdentifyingTextWarningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC);
    private final TimelineRecorder recorder = mock(TimelineRecorder.class);
    private final CaseConfidentiality confidentiality = mock(CaseConfidentiality.class);
    private final ForwardingGround forwarding = new ForwardingGround(mock(no.samvirke.sharing.CaseLegalGrounds.class));
    private final ReviewTaskForm.Support support = new ReviewTaskForm.Support(mock(CaseViews.class), null,
            recorder, CLOCK, confidentiality, new IdentifyingTextWarning(confidentiality));
    private final CurrentUser kjerne = new CurrentUser("kjerne", "Kjerne", ServiceUnit.CHILD_WELFARE, "3201", null,
            Set.of(Role.KJERNEGRUPPE), Set.of("3201"));
    private final UUID caseId = UUID.randomUUID();

    private InboxTask task(String key) {
        return new InboxTask("t1", key, "name", "p1", caseId, "T-2026-0001", CLOCK.instant(), null, null, false,
                List.of());
    }

    private Map<String, Object> decision(String reasons) {
        return new HashMap<>(Map.of("decision", "CLOSE", "reasons", reasons));
    }

    private List<String> warnings(ReviewTaskForm form, String key, Map<String, Object> input) {
        try {
            form.complete(task(key), input, kjerne);
        } catch (InvalidInputException e) {
            verify(recorder, never()).recordTask(any(), any(), any(), any());
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("expected a warning");
    }

    /** A municipality without a plan: the measures are described in free text. */
    private static ChosenMeasures withoutPlan() {
        return new ChosenMeasures(mock(no.samvirke.catalogue.Measures.class),
                mock(no.samvirke.catalogue.CaseMeasures.class), mock(no.samvirke.intake.Concerns.class));
    }

    @Test
    void identifyingReasonsOnAnAnonymisedCaseAreSentBackWithWhatLooksIdentifying() {
        when(confidentiality.anonymised(CaseId.of(caseId))).thenReturn(true);
        when(confidentiality.identifyingIn(CaseId.of(caseId), "Ring 912 34 567.")).thenReturn(Set.of(IdentifyingKind.PHONE_NUMBER));
        assertThat(warnings(new ReviewConcernForm(support, withoutPlan(), forwarding), ConcernProcess.USER_REVIEW_CONCERN, decision("Ring 912 34 567.")))
                .containsExactly("reasons:review.anon.identifyingWarning.PHONE_NUMBER",
                        "confirmIdentifying:review.anon.confirmRequired");
    }

    @Test
    void confirmedTextIsSaved() {
        when(confidentiality.anonymised(CaseId.of(caseId))).thenReturn(true);
        when(confidentiality.identifyingIn(any(), any())).thenReturn(Set.of(IdentifyingKind.SUBJECT_NAME));
        Map<String, Object> input = decision("Ola er bekymret.");
        input.put("confirmIdentifying", "true");
        new ReviewConcernForm(support, withoutPlan(), forwarding).complete(task(ConcernProcess.USER_REVIEW_CONCERN), input, kjerne);
        verify(recorder).recordTask(any(), any(), any(), any());
    }

    @Test
    void namedCasesAreNotChecked() {
        when(confidentiality.identifyingIn(any(), any())).thenReturn(Set.of(IdentifyingKind.EMAIL_ADDRESS));
        new ReviewConcernForm(support, withoutPlan(), forwarding).complete(task(ConcernProcess.USER_REVIEW_CONCERN), decision("x@y.no"), kjerne);
        verify(recorder).recordTask(any(), any(), any(), any());
    }

    @Test
    void screeningThatChoosesAnonymisedDiscussionChecksItsOwnReasonsAndStoresNothingUntilConfirmed() {
        when(confidentiality.identifyingIn(CaseId.of(caseId), "Fnr 01020312345")).thenReturn(Set.of(IdentifyingKind.NATIONAL_ID_NUMBER));
        Map<String, Object> input = new HashMap<>(Map.of("inScope", "true", "discussionMode", "ANONYMISED",
                "reasons", "Fnr 01020312345"));
        assertThat(warnings(new ScreenConcernForm(support, mock(no.samvirke.anonymisation.AnonymisedDescriptions.class)), ConcernProcess.USER_SCREEN_CONCERN, input))
                .contains("reasons:review.anon.identifyingWarning.NATIONAL_ID_NUMBER");
        verify(confidentiality, never()).setDiscussionMode(any(), any(), any());
        input.put("confirmIdentifying", true);
        new ScreenConcernForm(support, mock(no.samvirke.anonymisation.AnonymisedDescriptions.class)).complete(task(ConcernProcess.USER_SCREEN_CONCERN), input, kjerne);
        verify(confidentiality).setDiscussionMode(CaseId.of(caseId), DiscussionMode.ANONYMISED, kjerne);
    }

    @Test
    void measuresAreCheckedToo() {
        when(confidentiality.anonymised(CaseId.of(caseId))).thenReturn(true);
        when(confidentiality.identifyingIn(CaseId.of(caseId), "Mail til a@b.no")).thenReturn(Set.of(IdentifyingKind.EMAIL_ADDRESS));
        Map<String, Object> input = new HashMap<>(Map.of("decision", "FOLLOW_UP", "reasons", "Oppfølging.",
                "measures", "Mail til a@b.no", "responsibleService", "SCHOOL", "followUpReviewDate", "2026-06-01"));
        assertThat(warnings(new ReviewConcernForm(support, withoutPlan(), forwarding), ConcernProcess.USER_REVIEW_CONCERN, input))
                .containsExactly("measures:review.anon.identifyingWarning.EMAIL_ADDRESS",
                        "confirmIdentifying:review.anon.confirmRequired");
    }
}
