package no.samvirke.administration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class AdminApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).header("Accept-Language", "nb"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Entries of that kind about that target, chained or still pending. */
    private int audited(String action, String items) {
        // one statement, one snapshot: the chainer may move the entry from pending to the chain between two
        return jdbc.queryForObject("select (select count(*) from audit_entry where action = ? and items = ?)"
                + " + (select count(*) from audit_pending where action = ? and items = ?)", Integer.class,
                action, items, action, items);
    }

    @Test
    void everyoneButAnAdministratorGets403OnEveryEndpoint() throws Exception {
        String id = UUID.randomUUID().toString();
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/api/v1/admin/police-districts"),
                json(post("/api/v1/admin/police-districts"), "{\"code\": \"x-y\", \"name\": \"X\"}"),
                get("/api/v1/admin/municipalities"),
                json(post("/api/v1/admin/municipalities"), "{\"code\": \"3399\", \"name\": \"X\","
                        + " \"referencePrefix\": \"XQ\", \"policeDistrictCode\": \"oslo\"}"),
                json(put("/api/v1/admin/municipalities/3201"), "{\"name\": \"X\", \"policeDistrictCode\": \"oslo\"}"),
                get("/api/v1/admin/accounts?status=PENDING"),
                get("/api/v1/admin/accounts/skole"),
                json(post("/api/v1/admin/accounts"), "{\"username\": \"nyx\", \"displayName\": \"X\","
                        + " \"email\": \"x@example.org\", \"service\": \"SCHOOL\", \"municipalityCode\": \"3201\"}"),
                json(post("/api/v1/admin/accounts/skole/approve"), "{\"service\": \"SCHOOL\", \"municipalityCode\": \"3201\"}"),
                post("/api/v1/admin/accounts/skole/deactivate"),
                post("/api/v1/admin/accounts/skole/reactivate"),
                get("/api/v1/admin/accounts/skole/memberships"),
                json(post("/api/v1/admin/accounts/skole/memberships"), "{\"kind\": \"ADMIN\", \"validFrom\": \"2026-01-01\"}"),
                json(post("/api/v1/admin/memberships/" + id + "/end"), "{\"lastDay\": \"2030-01-01\"}"));
        for (String user : List.of("slt", "kjerne", "politi", "pst", "skole", "asker-slt")) {
            for (MockHttpServletRequestBuilder request : requests) {
                as(user, request).andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }
        mvc.perform(get("/api/v1/admin/accounts")).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from municipality where code = '3399'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'nyx'", Integer.class)).isZero();
    }

    @Test
    void anAdministratorAddsAMunicipalityOnceAndTheChangeIsAudited() throws Exception {
        String body = "{\"code\": \"3314\", \"name\": \"Øvre Eiker\", \"referencePrefix\": \"OE\","
                + " \"policeDistrictCode\": \"sor-ost\", \"planId\": \"baerum-2015\"}";
        as("admin", json(post("/api/v1/admin/municipalities"), body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("3314"));
        as("admin", get("/api/v1/admin/municipalities")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Øvre Eiker")));
        assertThat(audited("ADM_MUNADD", "municipality=3314")).isEqualTo(1);
        assertThat(audited("ADM_PLAN", "municipality=3314")).isEqualTo(1);

        as("admin", json(post("/api/v1/admin/municipalities"), body.replace("\"OE\"", "\"OX\"")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("En kommune med dette kommunenummeret finnes allerede."));
        as("admin", json(post("/api/v1/admin/municipalities"), body.replace("3314", "3315")))
                .andExpect(status().isConflict());
        assertThat(audited("ADM_MUNADD", "municipality=3314")).isEqualTo(1);
        assertThat(audited("ADM_MUNADD", "municipality=3315")).isZero();

        as("admin", json(put("/api/v1/admin/municipalities/3314"),
                "{\"name\": \"Øvre Eiker kommune\", \"policeDistrictCode\": \"sor-ost\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.referencePrefix").value("OE"));
        assertThat(audited("ADM_MUNUPD", "municipality=3314")).isEqualTo(1);
        as("admin", json(put("/api/v1/admin/municipalities/9999"), "{\"name\": \"X\", \"policeDistrictCode\": \"oslo\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIs400AndUnknownIs404() throws Exception {
        as("admin", json(post("/api/v1/admin/municipalities"), "{\"code\": \"33\", \"name\": \"X\","
                + " \"referencePrefix\": \"QZ\", \"policeDistrictCode\": \"oslo\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message").value("Kommunenummeret må ha fire sifre."));
        as("admin", json(post("/api/v1/admin/police-districts"), "{\"code\": \"Ugyldig kode!\", \"name\": \"X\"}"))
                .andExpect(status().isBadRequest());
        as("admin", get("/api/v1/admin/accounts?status=NONSENSE")).andExpect(status().isBadRequest());
        as("admin", get("/api/v1/admin/accounts/nobody-here")).andExpect(status().isNotFound());
        as("admin", json(post("/api/v1/admin/memberships/" + UUID.randomUUID() + "/end"), "{\"lastDay\": \"2030-01-01\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPoliceDistrictIsAddedOnceAndAudited() throws Exception {
        as("admin", json(post("/api/v1/admin/police-districts"), "{\"code\": \"innlandet\", \"name\": \"Innlandet politidistrikt\"}"))
                .andExpect(status().isCreated());
        as("admin", json(post("/api/v1/admin/police-districts"), "{\"code\": \"innlandet\", \"name\": \"Innlandet\"}"))
                .andExpect(status().isConflict());
        as("admin", get("/api/v1/admin/police-districts")).andExpect(jsonPath("$[*].code", hasItem("innlandet")));
        assertThat(audited("ADM_DISTR", "policeDistrict=innlandet")).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotGrantThemselvesAnythingNorDeactivateThemselves() throws Exception {
        int before = jdbc.queryForObject("select count(*) from membership where username = 'admin'", Integer.class);
        as("admin", json(post("/api/v1/admin/accounts/admin/memberships"),
                "{\"kind\": \"PRIVACY_OFFICER\", \"validFrom\": \"2026-01-01\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "Du kan ikke endre din egen konto eller dine egne medlemskap. Be en annen administrator."));
        as("admin", post("/api/v1/admin/accounts/admin/deactivate")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from membership where username = 'admin'", Integer.class))
                .isEqualTo(before);
        assertThat(audited("ADM_GRANT", "account=admin")).isZero();
        as("admin", get("/api/v1/admin/accounts/admin")).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void aLocalAccountsOneTimePasswordIsInTheCreateResponseOnly() throws Exception {
        String created = as("admin", json(post("/api/v1/admin/accounts"), "{\"username\": \"lokal-api\","
                + " \"displayName\": \"Lise Lokal\", \"email\": \"lise@example.org\", \"service\": \"SCHOOL\","
                + " \"municipalityCode\": \"3201\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        String password = com.jayway.jsonpath.JsonPath.read(created, "$.oneTimePassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        as("admin", get("/api/v1/admin/accounts/lokal-api")).andExpect(status().isOk())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(password))));
        as("admin", get("/api/v1/admin/accounts")).andExpect(content().string(not(
                org.hamcrest.Matchers.containsString(password))));
        assertThat(audited("ADM_LOCAL", "account=lokal-api")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_pending where after_value like ?", Integer.class,
                "%" + password + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where after_value like ?", Integer.class,
                "%" + password + "%")).isZero();
        as("admin", json(post("/api/v1/admin/accounts"), "{\"username\": \"lokal-api\", \"displayName\": \"Lise\","
                + " \"email\": \"l@example.org\", \"service\": \"SCHOOL\", \"municipalityCode\": \"3201\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void deactivationAndReactivationAreAuditedAndNothingHereShowsCases() throws Exception {
        as("admin", json(post("/api/v1/admin/accounts"), "{\"username\": \"lokal-deakt\","
                + " \"displayName\": \"Dag Deakt\", \"email\": \"dag@example.org\", \"service\": \"SCHOOL\","
                + " \"municipalityCode\": \"3201\"}")).andExpect(status().isCreated());
        as("admin", post("/api/v1/admin/accounts/lokal-deakt/deactivate")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEACTIVATED"));
        as("admin", post("/api/v1/admin/accounts/lokal-deakt/reactivate")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        as("admin", post("/api/v1/admin/accounts/lokal-deakt/reactivate")).andExpect(status().isConflict());
        assertThat(audited("ADM_DEACT", "account=lokal-deakt")).isEqualTo(1);
        assertThat(audited("ADM_REACT", "account=lokal-deakt")).isEqualTo(1);
        as("admin", get("/api/v1/admin/accounts/skole/memberships")).andExpect(status().isOk())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("caseId"))));
    }
}
