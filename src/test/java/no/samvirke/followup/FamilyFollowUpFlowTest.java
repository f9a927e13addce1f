package no.samvirke.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import no.samvirke.followup.process.FamilyFollowUpProcess;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.notification.NotificationType;
import no.samvirke.notification.NotificationTypes;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.ContactHolds;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** The family follow-up with the real wiring: PST's hold, the SLT coordinator's forms, measures in the catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class FamilyFollowUpFlowTest {

    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;
    @MockitoBean NotificationTypes notificationTypes;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ContactHolds holds;
    @Autowired Users users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private Task openTask(FollowUpCase fixture) {
        return taskService.createTaskQuery().processInstanceBusinessKey(fixture.id.toString())
                .processDefinitionKey(FamilyFollowUpProcess.KEY).singleResult();
    }

    private ResultActions complete(String taskId, String body) throws Exception {
        return mvc.perform(post("/api/v1/tasks/{id}/complete", taskId).with(httpBasic("slt", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void pstsHoldKeepsTheContactBackAndItsReleaseGivesTheSltCoordinatorTheTask() {
        FollowUpCase fixture = new FollowUpCase(concerns, records, "T-2026-0401");
        CurrentUser pst = users.find("pst").orElseThrow();
        holds.set(CaseId.of(fixture.id), "HEMMELIG grunn", LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(10), pst);
        fixture.reached(NotificationType.OUTBOUND_TRAVEL, transaction, events);
        assertThat(openTask(fixture)).isNull();

        transaction.executeWithoutResult(s -> holds.release(CaseId.of(fixture.id), pst));
        Task contact = openTask(fixture);
        assertThat(contact.getTaskDefinitionKey()).isEqualTo(FamilyFollowUpProcess.USER_CONTACT_FAMILY);
        assertThat(runtime.getVariables(contact.getProcessInstanceId())).doesNotContainValue("HEMMELIG grunn");
    }

    @Test
    void contactOfferAndCoordinationAreRecordedAndTheMeasuresCountInTheCatalogue() throws Exception {
        FollowUpCase fixture = new FollowUpCase(concerns, records, "T-2026-0402");
        fixture.reached(NotificationType.OUTBOUND_TRAVEL, transaction, events);
        complete(openTask(fixture).getId(), "{\"contactMade\":\"maybe\",\"note\":\"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'contactMade')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'note')]").exists());
        complete(openTask(fixture).getId(), "{\"contactMade\":true,\"note\":\"Snakket med mor.\"}")
                .andExpect(status().isNoContent());
        complete(openTask(fixture).getId(), "{\"offerAccepted\":\"true\",\"note\":\"Ønsker støtte.\"}")
                .andExpect(status().isNoContent());

        Task coordinate = openTask(fixture);
        assertThat(coordinate.getTaskDefinitionKey()).isEqualTo(FamilyFollowUpProcess.USER_COORDINATE_SERVICES);
        complete(coordinate.getId(), "{\"services\":[\"NAV\"],\"measureNumbers\":[\"99\"],\"note\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("measureNumbers"));
        complete(coordinate.getId(), "{\"services\":[\"NAV\",\"HEALTH_AND_SOCIAL\"],\"measureNumbers\":[\"31\"],"
                + "\"note\":\"NAV og helse følger opp familien.\"}").andExpect(status().isNoContent());

        assertThat(jdbc.queryForList("select measure_number from case_measure where case_id = ?", Integer.class,
                fixture.id)).containsExactly(31);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(fixture.id.toString())
                .activityIdIn(FamilyFollowUpProcess.TIMER_NEXT_REVIEW).count()).isOne();
        // slt (reporter, sees the case and so the notification's link FULL) reads every step; kjerne sees the
        // case anonymised and so, as the notification's own entry, not the steps of its routine (issue 11)
        String timeline = mvc.perform(get("/api/v1/cases/{id}/timeline", fixture.id).with(httpBasic("slt", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains("CONTACT_MADE", "OFFER_ACCEPTED", "SERVICES_COORDINATED", "Snakket med mor.");
        String asKjerne = mvc.perform(get("/api/v1/cases/{id}/timeline", fixture.id).with(httpBasic("kjerne", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(asKjerne).startsWith("[").doesNotContain("CONTACT_MADE", "OFFER_ACCEPTED", "Snakket med mor.");
    }

    @Test
    void theContactFormIsInEnglishWhenTheBrowserAsksForIt() throws Exception {
        FollowUpCase fixture = new FollowUpCase(concerns, records, "T-2026-0403");
        // The form reads why from the notification's row (ADR 0023), here the fixture's death notification.
        org.mockito.Mockito.when(notificationTypes.typeOf(org.mockito.ArgumentMatchers.any()))
                .thenReturn(java.util.Optional.of(NotificationType.DEATH));
        fixture.reached(NotificationType.DEATH, transaction, events);
        String page = mvc.perform(get("/innboks/oppgaver/{id}", openTask(fixture).getId())
                        .with(user(userDetails.loadUserByUsername("slt"))).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Did you reach the family?", "Death: offer the family follow-up",
                "for=\"note\"", "T-2026-0403");
    }
}
