package no.samvirke.review.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.inbox.InboxTask;
import no.samvirke.inbox.TaskFormHandler;
import no.samvirke.inbox.TaskFormView;
import no.samvirke.inbox.Tasks;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseTexts;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.SourcedText;
import no.samvirke.sharing.DisclosureLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case page, the timeline API and the task forms as kjernegruppe members and others see them. */
@SpringBootTest
@AutoConfigureMockMvc
class CasePageTest {

    private static final UUID CASE = UUID.randomUUID();

    @MockitoBean
    Concerns concerns;
    @MockitoBean
    CaseViews caseViews;
    @MockitoBean
    Tasks tasks;
    @MockitoBean
    CaseTexts caseTexts;
    @Autowired
    MockMvc mvc;
    @Autowired
    ReviewEntryRepository entries;
    @Autowired
    Users users;

    /** Renders a task form the way the inbox does: fragment + task, fieldErrors, formInput and the handler's model. */
    @TestConfiguration
    @Controller
    static class InboxLikePage {
        @Autowired
        List<TaskFormHandler> handlers;
        @Autowired
        Users users;

        @GetMapping("/test/task-form/{key}")
        String form(@PathVariable String key, Model model) {
            InboxTask task = new InboxTask("t-1", key, "n", "p-1", CASE, "T-2026-0042", Instant.now(), null, null, false, List.of());
            TaskFormView view = handlers.stream().filter(h -> h.handles(key)).findFirst().orElseThrow().view(task, users.current());
            model.addAllAttributes(view.model());
            model.addAttribute("task", task);
            model.addAttribute("fieldErrors", Map.of("reasons", "Fyll ut dette feltet."));
            model.addAttribute("formInput", Map.of("reasons", ""));
            return view.template();
        }
    }

    @BeforeEach
    void aBaerumCaseWithAnAnonymisedSubject() {
        ConcernSummary summary = new ConcernSummary(CASE, "T-2026-0042", "3201", Category.RADICALISATION,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", false, false, false, false,
                Instant.parse("2026-03-30T08:00:00Z"), null, null);
        when(concerns.summary(CASE)).thenReturn(Optional.of(summary));
        CaseView view = new CaseView(summary, null, null, null,
                new Access(DisclosureLevel.ANONYMISED, "fvl § 13 a nr. 2"), null, new Access(DisclosureLevel.NONE, "hpl § 21"),
                no.samvirke.sharing.DescriptionForm.NOT_SHOWN, null);
        when(caseViews.view(eq(CaseId.of(CASE)), any(), anyString())).thenReturn(Optional.of(view));
        when(caseViews.view(any(CaseOpening.class), any(), anyString())).thenReturn(Optional.of(view));
        when(tasks.openTasksOfCase(CaseId.of(CASE))).thenReturn(List.of());
        org.mockito.stubbing.Answer<Object> fullTexts = call -> Optional.of(
                call.<List<SourcedText>>getArgument(2).stream().map(t -> new DisclosedText(t.id(), t.parts(),
                        new Access(DisclosureLevel.FULL, "fvl. § 13 b nr. 5"))).toList());
        when(caseTexts.disclose(eq(CaseId.of(CASE)), any(), any(), anyString())).thenAnswer(fullTexts);
        when(caseTexts.disclose(any(CaseOpening.class), any(), any(), anyString())).thenAnswer(fullTexts);
        if (entries.findByCaseIdOrderByRecordedAtAsc(CASE).isEmpty()) {
            entries.save(new ReviewEntry(CASE, "user_screen_concern", "t-0", users.find("slt").orElseThrow(),
                    Instant.parse("2026-03-31T08:00:00Z"), new Recorded("IN_SCOPE", "Begrunnet bekymring", "ANONYMISED",
                    null, null, null, null)));
        }
    }

    @Test
    @WithUserDetails("kjerne")
    void kjernegruppeMemberSeesTheAnonymisedCaseAndTheTimelineWithReasons() throws Exception {
        mvc.perform(get("/saker/" + CASE)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Anonymisert")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("fvl § 13 a nr. 2")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Begrunnet bekymring")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Drøftes anonymt")));
    }

    @Test
    @WithUserDetails("asker-slt")
    void anotherMunicipalitysKjernegruppeGets404AndNothingIsRead() throws Exception {
        mvc.perform(get("/saker/" + CASE)).andExpect(status().isNotFound());
        verify(caseViews, never()).view(any(CaseId.class), any(), anyString());
        verify(caseViews, never()).view(any(CaseOpening.class), any(), anyString());
    }

    @Test
    void timelineApiAnswersKjernegruppeMembersOnly() throws Exception {
        mvc.perform(get("/api/v1/cases/" + CASE + "/timeline").with(httpBasic("kjerne", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].outcome").value("IN_SCOPE"))
                .andExpect(jsonPath("$[0].reasons").value("Begrunnet bekymring"))
                .andExpect(jsonPath("$[0].access.level").value("FULL"))
                .andExpect(jsonPath("$[0].access.legalBasis").value("fvl. § 13 b nr. 5"));
        mvc.perform(get("/api/v1/cases/" + CASE + "/timeline").with(httpBasic("skole", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("slt")
    void screeningFormShowsTheErrorNextToTheFieldAndPostsToTheInbox() throws Exception {
        mvc.perform(get("/test/task-form/user_screen_concern")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/innboks/oppgaver/t-1/fullfor\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"reasons-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-describedby=\"reasons-hint reasons-error\"")))
                .andExpect(r -> org.assertj.core.api.Assertions.assertThat(
                        r.getResponse().getContentAsString().split("name=\"_csrf\"", -1)).as("one CSRF field").hasSize(2));
    }

    @Test
    @WithUserDetails("kjerne")
    void everyReviewFormRenders() throws Exception {
        for (String key : List.of("user_review_concern", "user_confirm_closed_6m")) {
            mvc.perform(get("/test/task-form/" + key)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("<legend")));
        }
    }

    @Test
    @WithUserDetails("pst")
    void theTimelineIsHiddenFromThoseOutsideTheKjernegruppe() throws Exception {
        mvc.perform(get("/test/task-form/user_receive_serious_referral")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Begrunnet bekymring"))));
    }

    @Test
    @WithUserDetails("politi")
    void policeReceiptFormsRender() throws Exception {
        for (String key : List.of("user_acute_police_alert", "user_receive_serious_referral")) {
            mvc.perform(get("/test/task-form/" + key)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"acknowledged\"")));
        }
    }
}
