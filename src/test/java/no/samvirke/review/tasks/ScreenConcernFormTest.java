package no.samvirke.review.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samvirke.catalogue.CaseMeasures;
import no.samvirke.catalogue.ChosenMeasures;
import no.samvirke.catalogue.MeasureRef;
import no.samvirke.catalogue.Measures;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.inbox.InboxTask;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.review.internal.Recorded;
import no.samvirke.review.internal.TimelineRecorder;
import no.samvirke.review.process.ConcernProcess;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseViews;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Screening and decision forms: what is refused, what is stored, and which routing flags go to the process. */
class ScreenConcernFormTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC);
    private final TimelineRecorder recorder = mock(TimelineRecorder.class);
    private final CaseConfidentiality confidentiality = mock(CaseConfidentiality.class);
    private final ForwardingGround forwarding = new ForwardingGround(mock(no.samvirke.sharing.CaseLegalGrounds.class));
    private final ReviewTaskForm.Support support = new ReviewTaskForm.Support(mock(CaseViews.class), null,
            recorder, CLOCK, confidentiality, new IdentifyingTextWarning(confidentiality));
    private final CurrentUser slt = new CurrentUser("slt", "SLT", ServiceUnit.SLT, "3201", null,
            Set.of(Role.SLT_COORDINATOR, Role.KJERNEGRUPPE), Set.of("3201"));

    private final UUID caseId = UUID.randomUUID();
    private final Measures measures = mock(Measures.class);
    private final CaseMeasures caseMeasures = mock(CaseMeasures.class);
    private final Concerns concerns = mock(Concerns.class);
    private final ChosenMeasures followUp = new ChosenMeasures(measures, caseMeasures, concerns);

    ScreenConcernFormTest() {
        when(concerns.summary(caseId)).thenReturn(Optional.of(new ConcernSummary(caseId, "T-2026-0001", "3201", null,
                null, null, null, false, false, false, false, null, null, null)));
        when(measures.activeMeasuresFor("3201")).thenReturn(List.of(new MeasureRef("baerum-2015", 1, "Kjernegruppen"),
                new MeasureRef("baerum-2015", 22, "Avklaringssamtale")));
    }

    private InboxTask task(String key) {
        return new InboxTask("t1", key, "name", "p1", caseId, "T-2026-0001",
                CLOCK.instant(), null, null, false, List.of());
    }

    private List<String> problemsOf(ReviewTaskForm form, String key, Map<String, Object> input) {
        try {
            form.complete(task(key), input, slt);
        } catch (InvalidInputException e) {
            verify(recorder, never()).recordTask(any(), any(), any(), any());
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("expected InvalidInputException");
    }

    @Test
    void screeningWithoutReasonsIsRefused() {
        ScreenConcernForm form = new ScreenConcernForm(support, mock(no.samvirke.anonymisation.AnonymisedDescriptions.class));
        Map<String, Object> input = Map.of("inScope", "true", "discussionMode", "NAMED", "reasons", "  ");
        assertThatThrownBy(() -> form.complete(task(ConcernProcess.USER_SCREEN_CONCERN), input, slt))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(List.of(new FieldProblem("reasons", "review.error.required")));
        verify(recorder, never()).recordTask(any(), any(), any(), any());
    }

    @Test
    void emptyScreeningNamesEveryMissingField() {
        assertThat(problemsOf(new ScreenConcernForm(support, mock(no.samvirke.anonymisation.AnonymisedDescriptions.class)), ConcernProcess.USER_SCREEN_CONCERN, Map.of()))
                .containsExactly("inScope:review.error.required", "discussionMode:review.error.required",
                        "reasons:review.error.required");
    }

    @Test
    void reasonsLongerThan4000CharactersAreRefused() {
        Map<String, Object> input = Map.of("inScope", "false", "discussionMode", "ANONYMISED", "reasons", "x".repeat(4001));
        assertThat(problemsOf(new ScreenConcernForm(support, mock(no.samvirke.anonymisation.AnonymisedDescriptions.class)), ConcernProcess.USER_SCREEN_CONCERN, input))
                .containsExactly("reasons:review.error.tooLong");
    }

    @Test
    void validScreeningIsStoredAndRoutesOnlyTheInScopeFlag() {
        Map<String, Object> input = Map.of("inScope", "true", "discussionMode", "ANONYMISED", "reasons", "Tydelig bekymring.");
        Map<String, Object> variables = new ScreenConcernForm(support, mock(no.samvirke.anonymisation.AnonymisedDescriptions.class)).complete(task(ConcernProcess.USER_SCREEN_CONCERN), input, slt);
        assertThat(variables).isEqualTo(Map.of("inScope", true));
        // How the recorder stores the entry on the timeline: TimelineRecorderTest.
        ArgumentCaptor<Recorded> saved = ArgumentCaptor.forClass(Recorded.class);
        verify(recorder).recordTask(eq(task(ConcernProcess.USER_SCREEN_CONCERN)), eq(slt), eq(CLOCK.instant()),
                saved.capture());
        Recorded entry = saved.getValue();
        assertThat(entry.outcome()).isEqualTo("IN_SCOPE");
        assertThat(entry.discussionMode()).isEqualTo("ANONYMISED");
        assertThat(entry.reasons()).isEqualTo("Tydelig bekymring.");
    }

    @Test
    void followUpNeedsMeasuresResponsibleServiceAndAFutureReviewDate() {
        Map<String, Object> input = Map.of("decision", "FOLLOW_UP", "reasons", "Trenger oppfølging.",
                "followUpReviewDate", "2026-04-01");
        assertThat(problemsOf(new ReviewConcernForm(support, followUp, forwarding), ConcernProcess.USER_REVIEW_CONCERN, input))
                .containsExactly("responsibleService:review.error.required",
                        "followUpReviewDate:review.error.dateNotInFuture", "measureNumbers:review.error.measureRequired");
        verify(caseMeasures, never()).record(any(), any(), any(), any());
    }

    @Test
    void followUpRefusesANumberThatIsNotInTheMunicipalitysPlan() {
        Map<String, Object> input = Map.of("decision", "FOLLOW_UP", "reasons", "Trenger oppfølging.",
                "measureNumbers", List.of("22", "99"), "responsibleService", "SCHOOL", "followUpReviewDate", "2026-06-01");
        assertThat(problemsOf(new ReviewConcernForm(support, followUp, forwarding), ConcernProcess.USER_REVIEW_CONCERN, input))
                .containsExactly("measureNumbers:review.error.unknownMeasure");
        verify(caseMeasures, never()).record(any(), any(), any(), any());
    }

    @Test
    void withoutAPlanTheFollowUpNeedsTheMeasuresDescribed() {
        when(measures.activeMeasuresFor("3201")).thenReturn(List.of());
        Map<String, Object> input = Map.of("decision", "FOLLOW_UP", "reasons", "Trenger oppfølging.",
                "responsibleService", "SCHOOL", "followUpReviewDate", "2026-06-01");
        assertThat(problemsOf(new ReviewConcernForm(support, followUp, forwarding), ConcernProcess.USER_REVIEW_CONCERN, input))
                .containsExactly("measures:review.error.required");
    }

    @Test
    void unknownDecisionIsRefused() {
        Map<String, Object> input = Map.of("decision", "IGNORE", "reasons", "x");
        assertThat(problemsOf(new ReviewConcernForm(support, followUp, forwarding), ConcernProcess.USER_REVIEW_CONCERN, input))
                .containsExactly("decision:review.error.invalidChoice");
    }

    @Test
    void followUpRoutesTheDecisionAndTheReviewDateAtEightOsloTime() {
        Map<String, Object> input = new HashMap<>(Map.of("decision", "FOLLOW_UP", "reasons", "Oppfølging i skolen.",
                "measureNumbers", "22", "responsibleService", "SCHOOL", "followUpReviewDate", "2026-06-01"));
        Map<String, Object> variables = new ReviewConcernForm(support, followUp, forwarding).complete(task(ConcernProcess.USER_REVIEW_CONCERN), input, slt);
        // The decision routes the gateway once, transient: never stored in the engine (ADR 0023).
        assertThat(variables).isEqualTo(Map.of("decision", org.camunda.bpm.engine.variable.Variables.stringValue("FOLLOW_UP", true),
                "followUpReviewDate", java.util.Date.from(Instant.parse("2026-06-01T06:00:00Z"))));
        verify(caseMeasures).record(CaseId.of(caseId), "baerum-2015", List.of(22), "slt");
    }

    @Test
    void seriousReferralNeedsTheAcknowledgementAndThePoliceReference() {
        Map<String, Object> input = Map.of("reasons", "Overført til etterforskning.");
        assertThat(problemsOf(new PoliceReceiptForm(support), ConcernProcess.USER_RECEIVE_SERIOUS_REFERRAL, input))
                .containsExactly("acknowledged:review.error.mustAcknowledge", "policeReference:review.error.required");
    }
}
