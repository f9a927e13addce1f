package no.samvirke.catalogue.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTest {

    @Autowired MockMvc mvc;

    @Test
    void plansAndMeasuresAsJson() throws Exception {
        mvc.perform(get("/api/v1/plans").with(httpBasic("skole", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'baerum-2015')].policeDistrict").value("oslo"));
        mvc.perform(get("/api/v1/plans/baerum-2015").with(httpBasic("politi", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalities[0]").value("3201"))
                .andExpect(jsonPath("$.periodFrom").value(2015));
        mvc.perform(get("/api/v1/plans/baerum-2015/measures").with(httpBasic("pst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(39))
                .andExpect(jsonPath("$[21].number").value(22))
                .andExpect(jsonPath("$[21].title").value("Avklaringssamtale"))
                .andExpect(jsonPath("$[21].responsible.parties[0]").value("POLICE"))
                .andExpect(jsonPath("$[21].statuses[0].status").value("DONE"))
                .andExpect(jsonPath("$[37].recommendation.decision").value("MERGE"))
                .andExpect(jsonPath("$[37].recommendation.mergedWith[0]").value(37));
    }

    @Test
    void anUnknownPlanIs404AndAnonymousIs401() throws Exception {
        mvc.perform(get("/api/v1/plans/nowhere/measures").with(httpBasic("skole", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
    }
}
