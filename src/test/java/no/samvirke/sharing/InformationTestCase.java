package no.samvirke.sharing;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A named school concern in Bærum (no consent) and the API calls the tests make on it. */
final class InformationTestCase {

    static final String NAME = "Ola Testesen";
    static final String NATIONAL_ID = "01020312345";
    static final LocalDate BIRTH = LocalDate.of(2003, 2, 1);

    final UUID id = UUID.randomUUID();
    private final MockMvc mvc;

    InformationTestCase(MockMvc mvc, Concerns concerns, ConcernRecords records) {
        this.mvc = mvc;
        ConcernSummary summary = new ConcernSummary(id, "T-2026-0007", "3201", Category.RADICALISATION,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", false, false, true, false,
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), null);
        when(concerns.summary(id)).thenReturn(Optional.of(summary));
        when(records.find(id)).thenReturn(Optional.of(new ConcernRecord(summary, NAME, BIRTH, NATIONAL_ID,
                NAME + " deler voldelig propaganda i klassen.")));
    }

    ResultActions add(String username, String kind, String text, String grading) throws Exception {
        String body = "{\"kind\":\"" + kind + "\",\"text\":\"" + text + "\",\"grading\":\"" + grading + "\"}";
        return mvc.perform(post("/api/v1/concerns/{id}/information", id).with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions list(String username) throws Exception {
        return mvc.perform(get("/api/v1/concerns/{id}/information", id).with(httpBasic(username, "demo")));
    }

    String listBody(String username) throws Exception {
        return list(username).andReturn().getResponse().getContentAsString();
    }
}
