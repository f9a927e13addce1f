package no.samvirke.cases.web;

import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One case view reads the concern's summary once and asks the gate once: the page and the API
 * hand the gate's decision on instead of reading the summary again by id.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseViewReadsOnceTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;

    private UUID aBaerumCase() {
        UUID id = UUID.randomUUID();
        ConcernSummary summary = new ConcernSummary(id, "T-2025-0101", "3201", Category.HATE_CRIME,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", false, false, false, false,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"), null);
        Mockito.when(concerns.summary(id)).thenReturn(Optional.of(summary));
        Mockito.when(records.find(id)).thenReturn(Optional.of(
                new ConcernRecord(summary, "Kari Nordvik", LocalDate.of(2010, 5, 5), null, "Trusler mot medelever.")));
        return id;
    }

    @Test
    void theCasePageReadsTheSummaryOnce() throws Exception {
        UUID id = aBaerumCase();
        mvc.perform(get("/saker/{id}", id).with(user(userDetails.loadUserByUsername("kjerne"))))
                .andExpect(status().isOk());
        verify(concerns, times(1)).summary(id);
    }

    @Test
    void theCaseApiReadsTheSummaryOnceAndTheRecordOnce() throws Exception {
        UUID id = aBaerumCase();
        mvc.perform(get("/api/v1/concerns/{id}", id).with(httpBasic("kjerne", "demo"))).andExpect(status().isOk());
        verify(concerns, times(1)).summary(id);
        verify(records, times(1)).find(id);
    }
}
