package no.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import no.samvirke.inbox.AllTasks;
import no.samvirke.platform.WorkingDays;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every demo user against every endpoint and page, from ONE table ({@link #MATRIX}). A second
 * test lists every Spring MVC handler mapping and fails when one is missing from the table, so
 * that a new endpoint cannot be forgotten: add a row for it.
 *
 * <p>Row format: {@code row(METHOD, "path template", skole, helse, slt, kjerne, politi, pst,
 * personvern, admin, anonymous)}. Path variables: {@code {concernId}} is a named concern
 * registered by skole (Bærum) without consent, {@code {taskId}} its open kjernegruppe review
 * task (after slt's screening). A query string after {@code ?} is sent but not part of the
 * mapping. {@code {planId}} is the Bærum plan {@code baerum-2015}, {@code {number}} its measure 22.
 * POSTs send an empty JSON object (API) or an empty form with CSRF token (pages): an
 * allowed user may therefore get 400, which still proves access. Claims are undone after each
 * request. Anonymous page requests are redirected to the login page (302); anonymous API
 * requests get 401.
 *
 * <p>A second table ({@link #MATRIX_MORE}, {@code more(METHOD, "path", asker-skole, asker-slt, nav,
 * personvern-politi, personvern-pst)}) holds the other accounts: the second municipality, a resource
 * person from the case's own municipality ({@code nav}, granted by slt, declaration accepted) and one
 * from outside whose grant was refused ({@code asker-skole}), and the police's and PST's privacy
 * officers. It must have a row for every handler mapping too. Every answer to a user of that table, and
 * every 200 of {@link #MATRIX}, must not carry the subject's name or national id: nobody has a basis
 * to see this subject identified.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final List<String> USERS = List.of("skole", "helse", "slt", "kjerne", "politi", "pst", "personvern",
            "admin", "anonymous");

    private static final String GET = "GET";
    private static final String POST = "POST";
    private static final String DELETE = "DELETE";
    private static final String PUT = "PUT";

    static final List<Row> MATRIX = List.of(
            //  method path                                              skole helse slt  kjerne politi pst pvern admin anon
            row(GET, "/",                                                 200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(GET, "/login",                                            200, 200, 200, 200, 200, 200, 200, 200, 200),
            // intake: reporter pages and API (the list and the empty form are open to every signed-in
            // user; registering is for frontline staff)
            row(GET, "/bekymringer",                                      200, 200, 200, 200, 403, 403, 403, 403, 302),
            row(GET, "/bekymringer/ny",                                   200, 200, 200, 200, 403, 403, 403, 403, 302),
            row(POST, "/bekymringer/ny",                                  400, 400, 400, 400, 403, 403, 403, 403, 302),
            row(GET, "/bekymringer/{concernId}",                          200, 404, 404, 404, 404, 404, 404, 404, 302),
            row(POST, "/api/v1/concerns",                                 400, 400, 400, 400, 403, 403, 403, 403, 401),
            row(GET, "/api/v1/concerns",                                  200, 200, 200, 200, 200, 200, 200, 200, 401),
            // one concern: reporter's status view, kjernegruppe's case view, 404 for everyone else
            row(GET, "/api/v1/concerns/{concernId}",                      200, 404, 200, 200, 200, 404, 404, 404, 401),
            // the reporter writes the text for anonymised discussion later (ADR 0021); an empty body is 400
            row(POST, "/bekymringer/{concernId}/anonym-beskrivelse",      400, 404, 404, 404, 404, 404, 404, 404, 302),
            row(PUT, "/api/v1/concerns/{concernId}/anonymised-description", 400, 404, 404, 404, 404, 404, 404, 404, 401),
            // review: case page and timeline
            row(GET, "/saker/{concernId}",                                404, 404, 200, 200, 200, 404, 404, 404, 302),
            row(GET, "/api/v1/cases/{concernId}/timeline",                404, 404, 200, 200, 200, 404, 404, 404, 401),
            // inbox
            row(GET, "/innboks",                                          200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(GET, "/innboks/oppgaver/{taskId}",                        404, 404, 200, 200, 404, 404, 404, 404, 302),
            row(POST, "/innboks/oppgaver/{taskId}/ta",                    404, 404, 302, 302, 404, 404, 404, 404, 302),
            row(POST, "/innboks/oppgaver/{taskId}/legg-tilbake",          404, 404, 302, 302, 404, 404, 404, 404, 302),
            row(POST, "/innboks/oppgaver/{taskId}/fullfor",               404, 404, 400, 400, 404, 404, 404, 404, 302),
            row(GET, "/api/v1/tasks",                                     200, 200, 200, 200, 200, 200, 200, 200, 401),
            row(GET, "/api/v1/tasks/{taskId}",                            404, 404, 200, 200, 404, 404, 404, 404, 401),
            row(POST, "/api/v1/tasks/{taskId}/claim",                     404, 404, 204, 204, 404, 404, 404, 404, 401),
            row(POST, "/api/v1/tasks/{taskId}/unclaim",                   404, 404, 204, 204, 404, 404, 404, 404, 401),
            row(POST, "/api/v1/tasks/{taskId}/complete",                  404, 404, 400, 400, 404, 404, 404, 404, 401),
            // sharing: the privacy officer's audit trail and disclosure log
            // consent records (sharing)
            row(GET, "/api/v1/concerns/{concernId}/consents",             404, 404, 200, 200, 200, 404, 404, 404, 401),
            // consent is recorded by the case owner (slt) or the source service (skole), never by a recipient (403)
            row(POST, "/api/v1/concerns/{concernId}/consents",            400, 404, 400, 403, 403, 404, 404, 404, 401),
            row(POST, "/api/v1/concerns/{concernId}/consents/{concernId}/withdraw", 404, 404, 400, 400, 400, 404, 404, 404, 401),
            row(GET, "/saker/{concernId}/samtykke",                       404, 404, 200, 200, 200, 404, 404, 404, 302),
            row(POST, "/saker/{concernId}/samtykke",                      404, 404, 400, 400, 400, 404, 404, 404, 302),
            row(POST, "/saker/{concernId}/samtykke/{concernId}/tilbakekall", 404, 404, 400, 400, 400, 404, 404, 404, 302),
            // anonymised discussion converted to a named case (sharing + review)
            // the case in the matrix is discussed by name, so there is nothing to convert: 409
            row(GET, "/saker/{concernId}/navngi",                         404, 404, 409, 409, 409, 404, 404, 404, 302),
            row(POST, "/saker/{concernId}/navngi",                        404, 404, 409, 409, 409, 404, 404, 404, 302),
            row(POST, "/api/v1/concerns/{concernId}/conversion",          404, 404, 409, 409, 409, 404, 404, 404, 401),
            // four eyes: a second member confirms a proposed conversion (nothing proposed here: 409)
            row(POST, "/api/v1/concerns/{concernId}/conversion/confirm",  404, 404, 409, 409, 409, 404, 404, 404, 401),
            row(POST, "/saker/{concernId}/navngi/bekreft",                404, 404, 409, 409, 409, 404, 404, 404, 302),
            // ad-hoc resource persons
            row(GET, "/saker/{concernId}/ressursperson",                  404, 404, 200, 200, 200, 404, 404, 404, 302),
            row(POST, "/saker/{concernId}/ressursperson",                 404, 404, 400, 400, 400, 404, 404, 404, 302),
            row(GET, "/saker/{concernId}/taushetserklaering",             404, 404, 404, 404, 404, 404, 404, 404, 302),
            row(POST, "/saker/{concernId}/taushetserklaering",            404, 404, 404, 404, 404, 404, 404, 404, 302),
            // graded case information and PST's "do not contact the family" (sharing)
            row(GET, "/api/v1/concerns/{concernId}/information",          404, 404, 200, 200, 200, 200, 404, 404, 401),
            row(POST, "/api/v1/concerns/{concernId}/information",         404, 404, 400, 400, 400, 400, 404, 404, 401),
            row(GET, "/api/v1/concerns/{concernId}/contact-hold",         404, 404, 200, 200, 200, 200, 404, 404, 401),
            row(POST, "/api/v1/concerns/{concernId}/contact-hold",        404, 404, 403, 403, 403, 400, 404, 404, 401),
            row(DELETE, "/api/v1/concerns/{concernId}/contact-hold",      404, 404, 403, 403, 403, 200, 404, 404, 401),
            row(POST, "/api/v1/concerns/{concernId}/contact-hold/release", 404, 404, 403, 403, 403, 200, 404, 404, 401),
            row(GET, "/saker/{concernId}/opplysninger",                   404, 404, 200, 200, 200, 200, 404, 404, 302),
            // these two pages answer an invalid form with the form and its errors (200), so htmx can swap it in
            row(POST, "/saker/{concernId}/opplysninger",                  404, 404, 200, 200, 200, 200, 404, 404, 302),
            row(POST, "/saker/{concernId}/kontaktforbud",                 404, 404, 403, 403, 403, 200, 404, 404, 302),
            row(POST, "/saker/{concernId}/kontaktforbud/oppheving",       404, 404, 403, 403, 403, 302, 404, 404, 302),
            // clarification talks: read through sharing's gate (the case's kjernegruppe and SLT); the case
            // in the matrix has no talk, and {concernId} as a talk id is an unknown talk (404)
            row(GET, "/api/v1/clarification-talks?caseId={concernId}",    404, 404, 200, 200, 200, 404, 404, 404, 401),
            row(GET, "/api/v1/clarification-talks/{concernId}",           404, 404, 404, 404, 404, 404, 404, 404, 401),
            row(GET, "/saker/{concernId}/avklaringssamtaler",             404, 404, 200, 200, 200, 404, 404, 404, 302),
            // catalogue: plans and measures hold no personal data, open to every signed-in user
            row(GET, "/api/v1/plans",                                     200, 200, 200, 200, 200, 200, 200, 200, 401),
            row(GET, "/api/v1/plans/{planId}",                            200, 200, 200, 200, 200, 200, 200, 200, 401),
            row(GET, "/api/v1/plans/{planId}/measures",                   200, 200, 200, 200, 200, 200, 200, 200, 401),
            row(GET, "/tiltak",                                           200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(GET, "/tiltak/{planId}/{number}",                         200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(GET, "/tiltak/{planId}/sammenslaing",                     200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(GET, "/tiltak/{planId}/rapport?period=2017",              200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(GET, "/tiltak/{planId}/rapport.csv?period=2017",          200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(GET, "/tiltak/{planId}/rapport.pdf?period=2017",          200, 200, 200, 200, 200, 200, 200, 200, 302),
            // deriving the revised plan (a new, derived version; deriving again replaces it)
            row(POST, "/tiltak/{planId}/revisjon",                        403, 403, 302, 403, 403, 403, 403, 302, 302),
            // uploading a plan file (SLT coordinator, admin); an empty upload is 400
            row(GET, "/tiltak/last-opp",                                  403, 403, 200, 403, 403, 403, 403, 200, 302),
            row(POST, "/tiltak/last-opp",                                 403, 403, 400, 403, 403, 403, 403, 400, 302),
            row(POST, "/api/v1/plans",                                    403, 403, 400, 403, 403, 403, 403, 400, 401),
            // notification routine: the handoff log for SLT (kjerne is the SLT coordinator's deputy), police and PST;
            // recording for SLT, police and PST (an empty body is 400); {concernId} is no notification: 404
            row(GET, "/varslinger",                                       403, 403, 200, 200, 200, 200, 403, 403, 302),
            row(GET, "/varslinger/ny",                                    403, 403, 200, 403, 200, 200, 403, 403, 302),
            row(POST, "/varslinger/ny",                                   403, 403, 400, 403, 400, 400, 403, 403, 302),
            row(GET, "/api/v1/notifications",                             403, 403, 200, 200, 200, 200, 403, 403, 401),
            row(POST, "/api/v1/notifications",                            403, 403, 400, 403, 400, 400, 403, 403, 401),
            row(POST, "/api/v1/notifications/{concernId}/acknowledge",    404, 404, 404, 404, 404, 404, 404, 404, 401),
            row(GET, "/personvern/revisjonslogg",                         403, 403, 403, 403, 403, 403, 200, 403, 302),
            row(GET, "/personvern/revisjonslogg/eksport",                 403, 403, 403, 403, 403, 403, 200, 403, 302),
            row(GET, "/api/v1/audit",                                     403, 403, 403, 403, 403, 403, 200, 403, 401),
            row(GET, "/api/v1/audit/verify",                              403, 403, 403, 403, 403, 403, 200, 403, 401),
            row(GET, "/api/v1/audit/export",                              403, 403, 403, 403, 403, 403, 200, 403, 401),
            row(GET, "/api/v1/audit/disclosures?caseId={concernId}",      403, 403, 403, 403, 403, 403, 200, 403, 401),
            // administration: administrators only; {code}, {username} and {id} name nothing, so an administrator,
            // gets 404 (and an empty form 400) and no demo account or municipality is changed by the matrix,
            row(GET, "/admin",                                               403, 403, 403, 403, 403, 403, 403, 200, 302),
            row(GET, "/admin/kommuner",                                      403, 403, 403, 403, 403, 403, 403, 200, 302),
            row(POST, "/admin/kommuner",                                      403, 403, 403, 403, 403, 403, 403, 400, 302),
            row(POST, "/admin/kommuner/politidistrikt",                       403, 403, 403, 403, 403, 403, 403, 400, 302),
            row(GET, "/admin/kommuner/{code}",                               403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(POST, "/admin/kommuner/{code}",                               403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(GET, "/admin/brukere",                                       403, 403, 403, 403, 403, 403, 403, 200, 302),
            row(GET, "/admin/brukere/ny",                                    403, 403, 403, 403, 403, 403, 403, 200, 302),
            row(POST, "/admin/brukere/ny",                                    403, 403, 403, 403, 403, 403, 403, 400, 302),
            row(GET, "/admin/brukere/{username}",                            403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(POST, "/admin/brukere/{username}/godkjenn",                   403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(GET, "/admin/brukere/{username}/{change}",                  403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(POST, "/admin/brukere/{username}/{change}",                  403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(POST, "/admin/brukere/{username}/medlemskap",                 403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(POST, "/admin/brukere/{username}/medlemskap/{id}/avslutt",    403, 403, 403, 403, 403, 403, 403, 404, 302),
            row(GET, "/api/v1/admin/police-districts",                       403, 403, 403, 403, 403, 403, 403, 200, 401),
            row(POST, "/api/v1/admin/police-districts",                       403, 403, 403, 403, 403, 403, 403, 400, 401),
            row(GET, "/api/v1/admin/municipalities",                         403, 403, 403, 403, 403, 403, 403, 200, 401),
            row(POST, "/api/v1/admin/municipalities",                         403, 403, 403, 403, 403, 403, 403, 400, 401),
            row(PUT, "/api/v1/admin/municipalities/{code}",                  403, 403, 403, 403, 403, 403, 403, 404, 401),
            row(GET, "/api/v1/admin/accounts",                               403, 403, 403, 403, 403, 403, 403, 200, 401),
            row(GET, "/api/v1/admin/accounts/{username}",                    403, 403, 403, 403, 403, 403, 403, 404, 401),
            row(POST, "/api/v1/admin/accounts",                               403, 403, 403, 403, 403, 403, 403, 400, 401),
            row(POST, "/api/v1/admin/accounts/{username}/approve",            403, 403, 403, 403, 403, 403, 403, 400, 401),
            row(POST, "/api/v1/admin/accounts/{username}/deactivate",         403, 403, 403, 403, 403, 403, 403, 404, 401),
            row(POST, "/api/v1/admin/accounts/{username}/reactivate",         403, 403, 403, 403, 403, 403, 403, 404, 401),
            row(GET, "/api/v1/admin/accounts/{username}/memberships",        403, 403, 403, 403, 403, 403, 403, 404, 401),
            row(POST, "/api/v1/admin/accounts/{username}/memberships",        403, 403, 403, 403, 403, 403, 403, 400, 401),
            row(POST, "/api/v1/admin/memberships/{id}/end",                   403, 403, 403, 403, 403, 403, 403, 400, 401),
            row(GET, "/passord",                                             200, 200, 200, 200, 200, 200, 200, 200, 302),
            row(POST, "/passord",                                             400, 400, 400, 400, 400, 400, 400, 400, 302),
            row(GET, "/ingen-tilgang",                                       302, 302, 302, 302, 302, 302, 302, 302, 302));

    /**
     * The second municipality's users, a resource person and the police's and PST's privacy officers:
     * {@code asker-skole} is also the outside resource person whose grant slt tried and was refused;
     * {@code nav} (Bærum NAV, outside the kjernegruppe) is slt's resource person on the case and has
     * accepted the confidentiality declaration. Every handler mapping has a row here as in {@link #MATRIX}.
     */
    static final List<String> MORE_USERS = List.of("asker-skole", "asker-slt", "nav", "personvern-politi",
            "personvern-pst");

    /*
     * Nobody may see the matrix case's subject identified: there is no consent and no Bærum school member
     * in the kjernegruppe ("own task"), and the reporter's status view carries no identity.
     */
    /** Administration rows: a membership id that names nothing. */
    private static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

    private static final String SUBJECT_NAME = "Matrise Testperson";
    private static final String SUBJECT_NATIONAL_ID = "24081150091";

    static final List<MoreRow> MATRIX_MORE = List.of(
            //   method path                                              a-skole a-slt nav pv-pol pv-pst
            more(GET, "/",                                                 200, 200, 200, 200, 200),
            more(GET, "/login",                                            200, 200, 200, 200, 200),
            more(GET, "/bekymringer",                                      200, 200, 200, 403, 403),
            more(GET, "/bekymringer/ny",                                   200, 200, 200, 403, 403),
            more(POST, "/bekymringer/ny",                                  400, 400, 400, 403, 403),
            more(GET, "/bekymringer/{concernId}",                          404, 404, 404, 404, 404),
            more(POST, "/api/v1/concerns",                                 400, 400, 400, 403, 403),
            more(GET, "/api/v1/concerns",                                  200, 200, 200, 200, 200),
            // the resource person reads the case (anonymised: capped at what slt, who granted it, sees)
            more(GET, "/api/v1/concerns/{concernId}",                      404, 404, 200, 404, 404),
            more(POST, "/bekymringer/{concernId}/anonym-beskrivelse",      404, 404, 404, 404, 404),
            more(PUT, "/api/v1/concerns/{concernId}/anonymised-description", 404, 404, 404, 404, 404),
            more(GET, "/saker/{concernId}",                                404, 404, 200, 404, 404),
            // the kjernegruppe's deliberations are not the resource person's
            more(GET, "/api/v1/cases/{concernId}/timeline",                404, 404, 404, 404, 404),
            more(GET, "/innboks",                                          200, 200, 200, 200, 200),
            more(GET, "/innboks/oppgaver/{taskId}",                        404, 404, 404, 404, 404),
            more(POST, "/innboks/oppgaver/{taskId}/ta",                    404, 404, 404, 404, 404),
            more(POST, "/innboks/oppgaver/{taskId}/legg-tilbake",          404, 404, 404, 404, 404),
            more(POST, "/innboks/oppgaver/{taskId}/fullfor",               404, 404, 404, 404, 404),
            more(GET, "/api/v1/tasks",                                     200, 200, 200, 200, 200),
            more(GET, "/api/v1/tasks/{taskId}",                            404, 404, 404, 404, 404),
            more(POST, "/api/v1/tasks/{taskId}/claim",                     404, 404, 404, 404, 404),
            more(POST, "/api/v1/tasks/{taskId}/unclaim",                   404, 404, 404, 404, 404),
            more(POST, "/api/v1/tasks/{taskId}/complete",                  404, 404, 404, 404, 404),
            // the resource person sees the consents' status (names only where the subject is visible: not here)
            more(GET, "/api/v1/concerns/{concernId}/consents",             404, 404, 200, 404, 404),
            more(POST, "/api/v1/concerns/{concernId}/consents",            404, 404, 404, 404, 404),
            more(POST, "/api/v1/concerns/{concernId}/consents/{concernId}/withdraw", 404, 404, 404, 404, 404),
            more(GET, "/saker/{concernId}/samtykke",                       404, 404, 200, 404, 404),
            // the empty form is refused before the authority check; a valid one by nav is refused (see below)
            more(POST, "/saker/{concernId}/samtykke",                      404, 404, 400, 404, 404),
            more(POST, "/saker/{concernId}/samtykke/{concernId}/tilbakekall", 404, 404, 404, 404, 404),
            more(GET, "/saker/{concernId}/navngi",                         404, 404, 404, 404, 404),
            more(POST, "/saker/{concernId}/navngi",                        404, 404, 404, 404, 404),
            more(POST, "/api/v1/concerns/{concernId}/conversion",          404, 404, 404, 404, 404),
            more(POST, "/api/v1/concerns/{concernId}/conversion/confirm",  404, 404, 404, 404, 404),
            more(POST, "/saker/{concernId}/navngi/bekreft",                404, 404, 404, 404, 404),
            // a resource person grants nobody; the other municipality's SLT cannot grant on a Bærum case
            more(GET, "/saker/{concernId}/ressursperson",                  404, 404, 404, 404, 404),
            more(POST, "/saker/{concernId}/ressursperson",                 404, 404, 404, 404, 404),
            // asker-skole's grant was refused: no declaration to accept; nav has accepted: on to the case
            more(GET, "/saker/{concernId}/taushetserklaering",             404, 404, 302, 404, 404),
            more(POST, "/saker/{concernId}/taushetserklaering",            404, 404, 404, 404, 404),
            more(GET, "/api/v1/concerns/{concernId}/information",          404, 404, 404, 404, 404),
            more(POST, "/api/v1/concerns/{concernId}/information",         404, 404, 404, 404, 404),
            more(GET, "/api/v1/concerns/{concernId}/contact-hold",         404, 404, 404, 404, 404),
            more(POST, "/api/v1/concerns/{concernId}/contact-hold",        404, 404, 404, 404, 404),
            more(DELETE, "/api/v1/concerns/{concernId}/contact-hold",      404, 404, 404, 404, 404),
            more(POST, "/api/v1/concerns/{concernId}/contact-hold/release", 404, 404, 404, 404, 404),
            more(GET, "/saker/{concernId}/opplysninger",                   404, 404, 404, 404, 404),
            more(POST, "/saker/{concernId}/opplysninger",                  404, 404, 404, 404, 404),
            more(POST, "/saker/{concernId}/kontaktforbud",                 404, 404, 404, 404, 404),
            more(POST, "/saker/{concernId}/kontaktforbud/oppheving",       404, 404, 404, 404, 404),
            // talks are read through sharing's texts, capped for the resource person at the grantor's level
            more(GET, "/api/v1/clarification-talks?caseId={concernId}",    404, 404, 200, 404, 404),
            more(GET, "/api/v1/clarification-talks/{concernId}",           404, 404, 404, 404, 404),
            more(GET, "/saker/{concernId}/avklaringssamtaler",             404, 404, 200, 404, 404),
            more(GET, "/api/v1/plans",                                     200, 200, 200, 200, 200),
            more(GET, "/api/v1/plans/{planId}",                            200, 200, 200, 200, 200),
            more(GET, "/api/v1/plans/{planId}/measures",                   200, 200, 200, 200, 200),
            more(GET, "/tiltak",                                           200, 200, 200, 200, 200),
            more(GET, "/tiltak/{planId}/{number}",                         200, 200, 200, 200, 200),
            more(GET, "/tiltak/{planId}/sammenslaing",                     200, 200, 200, 200, 200),
            more(GET, "/tiltak/{planId}/rapport?period=2017",              200, 200, 200, 200, 200),
            more(GET, "/tiltak/{planId}/rapport.csv?period=2017",          200, 200, 200, 200, 200),
            more(GET, "/tiltak/{planId}/rapport.pdf?period=2017",          200, 200, 200, 200, 200),
            // {planId} is Bærum's plan: Asker's SLT coordinator may not derive its revision
            more(POST, "/tiltak/{planId}/revisjon",                        403, 403, 403, 403, 403),
            more(GET, "/tiltak/last-opp",                                  403, 200, 403, 403, 403),
            more(POST, "/tiltak/last-opp",                                 403, 400, 403, 403, 403),
            more(POST, "/api/v1/plans",                                    403, 400, 403, 403, 403),
            more(GET, "/varslinger",                                       403, 200, 403, 403, 403),
            more(GET, "/varslinger/ny",                                    403, 200, 403, 403, 403),
            more(POST, "/varslinger/ny",                                   403, 400, 403, 403, 403),
            more(GET, "/api/v1/notifications",                             403, 200, 403, 403, 403),
            more(POST, "/api/v1/notifications",                            403, 400, 403, 403, 403),
            more(POST, "/api/v1/notifications/{concernId}/acknowledge",    404, 404, 404, 404, 404),
            // the police's and PST's privacy officers read their own agency's part of the trail
            more(GET, "/personvern/revisjonslogg",                         403, 403, 403, 200, 200),
            more(GET, "/personvern/revisjonslogg/eksport",                 403, 403, 403, 200, 200),
            more(GET, "/api/v1/audit",                                     403, 403, 403, 200, 200),
            more(GET, "/api/v1/audit/verify",                              403, 403, 403, 200, 200),
            more(GET, "/api/v1/audit/export",                              403, 403, 403, 200, 200),
            more(GET, "/api/v1/audit/disclosures?caseId={concernId}",      403, 403, 403, 200, 200),
            // administration: administrators only,
            more(GET, "/admin",                                               403, 403, 403, 403, 403),
            more(GET, "/admin/kommuner",                                      403, 403, 403, 403, 403),
            more(POST, "/admin/kommuner",                                      403, 403, 403, 403, 403),
            more(POST, "/admin/kommuner/politidistrikt",                       403, 403, 403, 403, 403),
            more(GET, "/admin/kommuner/{code}",                               403, 403, 403, 403, 403),
            more(POST, "/admin/kommuner/{code}",                               403, 403, 403, 403, 403),
            more(GET, "/admin/brukere",                                       403, 403, 403, 403, 403),
            more(GET, "/admin/brukere/ny",                                    403, 403, 403, 403, 403),
            more(POST, "/admin/brukere/ny",                                    403, 403, 403, 403, 403),
            more(GET, "/admin/brukere/{username}",                            403, 403, 403, 403, 403),
            more(POST, "/admin/brukere/{username}/godkjenn",                   403, 403, 403, 403, 403),
            more(GET, "/admin/brukere/{username}/{change}",                  403, 403, 403, 403, 403),
            more(POST, "/admin/brukere/{username}/{change}",                  403, 403, 403, 403, 403),
            more(POST, "/admin/brukere/{username}/medlemskap",                 403, 403, 403, 403, 403),
            more(POST, "/admin/brukere/{username}/medlemskap/{id}/avslutt",    403, 403, 403, 403, 403),
            more(GET, "/api/v1/admin/police-districts",                       403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/police-districts",                       403, 403, 403, 403, 403),
            more(GET, "/api/v1/admin/municipalities",                         403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/municipalities",                         403, 403, 403, 403, 403),
            more(PUT, "/api/v1/admin/municipalities/{code}",                  403, 403, 403, 403, 403),
            more(GET, "/api/v1/admin/accounts",                               403, 403, 403, 403, 403),
            more(GET, "/api/v1/admin/accounts/{username}",                    403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/accounts",                               403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/accounts/{username}/approve",            403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/accounts/{username}/deactivate",         403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/accounts/{username}/reactivate",         403, 403, 403, 403, 403),
            more(GET, "/api/v1/admin/accounts/{username}/memberships",        403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/accounts/{username}/memberships",        403, 403, 403, 403, 403),
            more(POST, "/api/v1/admin/memberships/{id}/end",                   403, 403, 403, 403, 403),
            more(GET, "/passord",                                             200, 200, 200, 200, 200),
            more(POST, "/passord",                                             400, 400, 400, 400, 400),
            more(GET, "/ingen-tilgang",                                       302, 302, 302, 302, 302));

    /** Mappings that are not ours to authorize: the error page and the API documentation. */
    private static final List<String> NOT_OURS = List.of("/error", "/v3/api-docs", "/swagger-ui");

    record Row(String method, String path, List<Integer> expected) {
        int expectedFor(String user) {
            return expected.get(USERS.indexOf(user));
        }

        /** Method and path with every variable as {} and without the query: comparable to a mapping. */
        String key() {
            return method + " " + path.replaceAll("\\?.*$", "").replaceAll("\\{[^}]*}", "{}");
        }
    }

    static Row row(String method, String path, Integer... expected) {
        if (expected.length != USERS.size()) {
            throw new IllegalArgumentException(path + ": one status per user " + USERS);
        }
        return new Row(method, path, List.of(expected));
    }

    /** A row of {@link #MATRIX_MORE}: one status per user of {@link #MORE_USERS}. */
    record MoreRow(String method, String path, List<Integer> expected) {
        int expectedFor(String user) {
            return expected.get(MORE_USERS.indexOf(user));
        }

        String key() {
            return new Row(method, path, List.of()).key();
        }
    }

    static MoreRow more(String method, String path, Integer... expected) {
        if (expected.length != MORE_USERS.size()) {
            throw new IllegalArgumentException(path + ": one status per user " + MORE_USERS);
        }
        return new MoreRow(method, path, List.of(expected));
    }

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService userDetails;
    @Autowired TaskService taskService;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private String concernId;
    private String taskId;

    @BeforeAll
    void registerAConcernAndScreenIt() throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "Matrise Testperson", "nationalId": "24081150091"}, "category": "RADICALISATION",
                 "description": "Observasjon i friminuttet.", "subjectInformed": false, "consentToShare": false,
                 "acuteDanger": false}""";
        concernId = json.readTree(mvc.perform(api(POST, "/api/v1/concerns", "skole").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        String screening = task("slt", "user_screen_concern");
        mvc.perform(api(POST, "/api/v1/tasks/" + screening + "/complete", "slt").content("""
                        {"inScope": true, "discussionMode": "NAMED", "reasons": "Innenfor mandatet."}"""))
                .andExpect(status().is2xxSuccessful());
        taskId = task("kjerne", "user_review_concern");
        grantTheResourcePersons();
    }

    @TestFactory
    Stream<DynamicTest> everyUserOnEveryEndpointGetsTheExpectedStatus() {
        return MATRIX.stream().flatMap(row -> USERS.stream().map(user -> DynamicTest.dynamicTest(
                row.method() + " " + row.path() + " as " + user + " → " + row.expectedFor(user), () -> {
                    int actual = perform(row, user);
                    taskService.setAssignee(taskId, null);
                    assertThat(actual).as("%s %s as %s", row.method(), row.path(), user)
                            .isEqualTo(row.expectedFor(user));
                })));
    }

    @Test
    void everyHandlerMappingIsInTheMatrix() {
        Set<String> inTable = new TreeSet<>(MATRIX.stream().map(Row::key).toList());
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(GET, POST)
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (NOT_OURS.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                for (String method : methods) {
                    String key = method + " " + pattern.replaceAll("\\{[^}]*}", "{}");
                    if (!inTable.contains(key)) {
                        missing.add(key + "   (" + handler.getBeanType().getSimpleName() + ")");
                    }
                }
            }
        });
        assertThat(missing).as("Endpoints without a row in AuthorizationMatrixTest.MATRIX – add one per endpoint")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> moreUsersOnEveryEndpointGetTheExpectedStatusAndNeverTheIdentity() {
        return MATRIX_MORE.stream().flatMap(row -> MORE_USERS.stream().map(user -> DynamicTest.dynamicTest(
                row.method() + " " + row.path() + " as " + user + " → " + row.expectedFor(user), () -> {
                    MockHttpServletResponse response = send(row.method(), row.path(), user);
                    taskService.setAssignee(taskId, null);
                    assertThat(response.getStatus()).as("%s %s as %s", row.method(), row.path(), user)
                            .isEqualTo(row.expectedFor(user));
                    assertNoIdentity(response, row.method() + " " + row.path() + " as " + user);
                })));
    }

    /** Every answer of {@link #MATRIX} that is 200: nobody may see the subject identified. */
    @TestFactory
    Stream<DynamicTest> noUserReceivesTheSubjectsNameOrNationalIdWithoutABasis() {
        return MATRIX.stream().flatMap(row -> USERS.stream()
                .filter(user -> row.expectedFor(user) == 200)
                .map(user -> DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + user, () -> {
                    MockHttpServletResponse response = send(row.method(), row.path(), user);
                    taskService.setAssignee(taskId, null);
                    assertNoIdentity(response, row.method() + " " + row.path() + " as " + user);
                })));
    }

    @Test
    void everyHandlerMappingIsInTheSecondTableAndBothTablesHaveTheSameRows() {
        Set<String> inTable = new TreeSet<>(MATRIX_MORE.stream().map(MoreRow::key).toList());
        Set<String> missing = new TreeSet<>();
        handlerMappingKeys().forEach((key, handler) -> {
            if (!inTable.contains(key)) {
                missing.add(key + "   (" + handler + ")");
            }
        });
        assertThat(missing).as("Endpoints without a row in AuthorizationMatrixTest.MATRIX_MORE – add one per endpoint")
                .isEmpty();
        assertThat(inTable).as("MATRIX_MORE has one row per row of MATRIX")
                .isEqualTo(new TreeSet<>(MATRIX.stream().map(Row::key).toList()));
        assertThat(MATRIX_MORE).extracting(MoreRow::key).doesNotHaveDuplicates();
    }

    /** The identity check can fail: with the guardians' consent for the kjernegruppe, kjerne sees the name. */
    @Test
    void withAConsentTheKjernegruppeSeesTheNameSoTheIdentityCheckCanFail() throws Exception {
        String fresh = registerAsSkole();
        mvc.perform(api(POST, "/api/v1/concerns/" + fresh + "/consents", "slt").content("""
                {"givenBy": "PERSON_AND_GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["KJERNEGRUPPE"],
                 "validFrom": "%s", "form": "WRITTEN", "documentReference": "2026/1234-5"}"""
                .formatted(LocalDate.now(clock.withZone(WorkingDays.OSLO))))).andExpect(status().isCreated());
        MockHttpServletResponse identified = mvc.perform(api(GET, "/api/v1/concerns/" + fresh, "kjerne"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(identified.getContentAsString(StandardCharsets.UTF_8)).contains(SUBJECT_NAME);
        assertThatThrownBy(() -> assertNoIdentity(identified, "kjerne with consent"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theOutsideResourcePersonWasRefusedAndTheBaerumOneActsUnderSltsGrant() {
        assertThat(jdbc.queryForList("select username from case_resource_person where case_id = ?", String.class,
                UUID.fromString(concernId))).containsExactly("nav");
    }

    @Test
    void theOtherMunicipalitysSltCannotScreenABaerumConcern() throws Exception {
        String fresh = registerAsSkole();
        String screening = taskOf("slt", fresh, "user_screen_concern");
        int answer = mvc.perform(api(POST, "/api/v1/tasks/" + screening + "/complete", "asker-slt").content("""
                {"inScope": false, "discussionMode": "NAMED", "reasons": "Utenfor mandatet."}"""))
                .andReturn().getResponse().getStatus();
        assertThat(answer).isIn(403, 404);
        assertThat(mvc.perform(api(POST, "/api/v1/tasks/" + screening + "/claim", "asker-slt"))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(screening).singleResult())
                .as("the screening is still open and nobody's").isNotNull()
                .extracting(org.camunda.bpm.engine.task.Task::getAssignee).isNull();
    }

    @Test
    void theOtherMunicipalitysSltCannotDecideTheBaerumReview() throws Exception {
        int answer = mvc.perform(api(POST, "/api/v1/tasks/" + taskId + "/complete", "asker-slt").content("""
                {"decision": "CLOSE", "reasons": "Ingen grunn til bekymring."}""")).andReturn().getResponse()
                .getStatus();
        assertThat(answer).isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).as("the review is still open")
                .isNotNull();
    }

    @Test
    void theOtherMunicipalitysSltCannotGrantResourceAccessOnABaerumCase() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        for (String grantee : List.of("asker-skole", "asker-slt", "helse")) {
            int answer = mvc.perform(page(POST, "/saker/" + concernId + "/ressursperson", "asker-slt")
                            .param("username", grantee).param("validFrom", today.toString())
                            .param("validTo", today.plusDays(6).toString()))
                    .andReturn().getResponse().getStatus();
            assertThat(answer).as("asker-slt grants %s", grantee).isIn(403, 404);
        }
        assertThat(jdbc.queryForObject("select count(*) from case_resource_person where case_id = ? and"
                + " granted_by = 'asker-slt'", Long.class, UUID.fromString(concernId))).isZero();
        assertThat(send(GET, "/saker/{concernId}/taushetserklaering", "asker-skole").getStatus()).isEqualTo(404);
        assertThat(send(GET, "/saker/{concernId}/taushetserklaering", "helse").getStatus()).isEqualTo(404);
    }

    @Test
    void theOtherMunicipalitysSltCannotRecordAConsentOnABaerumCase() throws Exception {
        int answer = mvc.perform(api(POST, "/api/v1/concerns/" + concernId + "/consents", "asker-slt").content("""
                {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["KJERNEGRUPPE", "POLICE"],
                 "validFrom": "%s", "form": "WRITTEN", "documentReference": "2026/1234-5"}"""
                .formatted(LocalDate.now(clock.withZone(WorkingDays.OSLO))))).andReturn().getResponse().getStatus();
        assertThat(answer).isIn(403, 404);
        assertThat(jdbc.queryForObject("select count(*) from consent where concern_id = ?", Long.class,
                UUID.fromString(concernId))).isZero();
    }

    @Test
    void aResourcePersonCannotRecordAConsent() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        int api = mvc.perform(api(POST, "/api/v1/concerns/" + concernId + "/consents", "nav").content("""
                {"givenBy": "GUARDIANS", "givenByName": "Foresatt Testesen", "recipients": ["KJERNEGRUPPE", "POLICE"],
                 "validFrom": "%s", "form": "WRITTEN", "documentReference": "2026/1234-5"}""".formatted(today)))
                .andReturn().getResponse().getStatus();
        int page = mvc.perform(page(POST, "/saker/" + concernId + "/samtykke", "nav").param("givenBy", "GUARDIANS")
                        .param("givenByName", "Foresatt Testesen").param("recipients", "KJERNEGRUPPE", "POLICE")
                        .param("validFrom", today.toString()).param("form", "WRITTEN")
                        .param("documentReference", "2026/1234-5"))
                .andReturn().getResponse().getStatus();
        assertThat(List.of(api, page)).allMatch(status -> status == 403 || status == 404);
        assertThat(jdbc.queryForObject("select count(*) from consent where concern_id = ?", Long.class,
                UUID.fromString(concernId))).isZero();
    }

    @Test
    void aResourcePersonSeesNothingBeforeTheDeclarationAndNoMoreThanTheGrantorAfter() throws Exception {
        String fresh = registerAsSkole();
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        mvc.perform(page(POST, "/saker/" + fresh + "/ressursperson", "slt").param("username", "nav")
                .param("validFrom", today.toString()).param("validTo", today.plusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(api(GET, "/api/v1/concerns/" + fresh, "nav")).andReturn().getResponse().getStatus())
                .as("before the declaration").isEqualTo(404);
        assertThat(mvc.perform(page(GET, "/saker/" + fresh + "/taushetserklaering", "nav")).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        mvc.perform(page(POST, "/saker/" + fresh + "/taushetserklaering", "nav")).andExpect(status().is3xxRedirection());
        MockHttpServletResponse seen = mvc.perform(api(GET, "/api/v1/concerns/" + fresh, "nav")).andReturn()
                .getResponse();
        assertThat(seen.getStatus()).as("after the declaration").isEqualTo(200);
        assertNoIdentity(seen, "nav after the declaration");
        JsonNode grantor = json.readTree(mvc.perform(api(GET, "/api/v1/concerns/" + fresh, "slt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.readTree(seen.getContentAsString(StandardCharsets.UTF_8)).at("/subject/access/level").asText())
                .isEqualTo(grantor.at("/subject/access/level").asText()).isNotEqualTo("FULL");
    }

    /** slt tries asker-skole (another municipality: refused, 400) and grants nav (Bærum NAV), who accepts. */
    private void grantTheResourcePersons() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.OSLO));
        for (String grantee : List.of("asker-skole", "nav")) {
            int answer = mvc.perform(page(POST, "/saker/" + concernId + "/ressursperson", "slt")
                    .param("username", grantee).param("validFrom", today.toString())
                    .param("validTo", today.plusDays(6).toString())).andReturn().getResponse().getStatus();
            assertThat(answer).as("slt grants %s", grantee).isEqualTo(grantee.equals("nav") ? 302 : 400);
        }
        mvc.perform(page(POST, "/saker/" + concernId + "/taushetserklaering", "nav"))
                .andExpect(status().is3xxRedirection());
    }

    private String registerAsSkole() throws Exception {
        String body = """
                {"subject": {"anonymous": false, "name": "%s", "nationalId": "%s"}, "category": "RADICALISATION",
                 "description": "Observasjon i friminuttet.", "subjectInformed": false, "consentToShare": false,
                 "acuteDanger": false}""".formatted(SUBJECT_NAME, SUBJECT_NATIONAL_ID);
        return json.readTree(mvc.perform(api(POST, "/api/v1/concerns", "skole").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    /** The answer must not carry the subject's name or national id, in any part of it. */
    private static void assertNoIdentity(MockHttpServletResponse response, String what) throws Exception {
        String text = response.getContentAsString(StandardCharsets.UTF_8) + " " + response.getHeaderNames().stream()
                .map(name -> name + ": " + response.getHeaders(name)).toList();
        assertThat(text).as("%s answers %d", what, response.getStatus())
                .doesNotContain("Testperson", SUBJECT_NATIONAL_ID, "240811 50091");
    }

    /** Method and path of every handler mapping (as in a row's key), with its controller. */
    private java.util.Map<String, String> handlerMappingKeys() {
        java.util.Map<String, String> keys = new java.util.TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(GET, POST)
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toSet());
            info.getPatternValues().stream().filter(pattern -> NOT_OURS.stream().noneMatch(pattern::startsWith))
                    .forEach(pattern -> methods.forEach(method -> keys.put(
                            method + " " + pattern.replaceAll("\\{[^}]*}", "{}"),
                            handler.getBeanType().getSimpleName())));
        });
        return keys;
    }

    private MockHttpServletResponse send(String method, String template, String user) throws Exception {
        String path = template.replace("{concernId}", concernId).replace("{taskId}", taskId)
                .replace("{planId}", "baerum-2015").replace("{number}", "22")
                .replace("{code}", "9999").replace("{username}", "ingen-slik-bruker").replace("{id}", UNKNOWN_ID).replace("{change}", "deaktiver");
        boolean isApi = path.startsWith("/api/");
        MockHttpServletRequestBuilder request = isApi ? api(method, path, user) : page(method, path, user);
        if (isApi && (method.equals(POST) || method.equals(PUT))) {
            request.content("{}");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String taskOf(String user, String caseId, String key) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode task : AllTasks.of(mvc, uri -> api(GET, uri, user))) {
            if (caseId.equals(task.get("caseId").asText()) && key.equals(task.get("taskDefinitionKey").asText())) {
                found.add(task.get("id").asText());
            }
        }
        assertThat(found).as("%s's %s for %s", user, key, caseId).hasSize(1);
        return found.get(0);
    }

    private int perform(Row row, String user) throws Exception {
        String path = row.path().replace("{concernId}", concernId).replace("{taskId}", taskId)
                .replace("{planId}", "baerum-2015").replace("{number}", "22")
                .replace("{code}", "9999").replace("{username}", "ingen-slik-bruker").replace("{id}", UNKNOWN_ID).replace("{change}", "deaktiver");
        boolean isApi = path.startsWith("/api/");
        MockHttpServletRequestBuilder request = isApi ? api(row.method(), path, user) : page(row.method(), path, user);
        if (isApi && (row.method().equals(POST) || row.method().equals(PUT))) {
            request.content("{}");
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private MockHttpServletRequestBuilder api(String method, String path, String user) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON, MediaType.ALL);
        return user.equals("anonymous") ? request : request.with(httpBasic(user, "demo"));
    }

    private MockHttpServletRequestBuilder page(String method, String path, String user) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).accept(MediaType.TEXT_HTML);
        if (method.equals(POST)) {
            request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        return user.equals("anonymous") ? request : request.with(user(userDetails.loadUserByUsername(user)));
    }

    private String task(String user, String key) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode task : AllTasks.of(mvc, uri -> api(GET, uri, user))) {
            if (concernId.equals(task.get("caseId").asText()) && key.equals(task.get("taskDefinitionKey").asText())) {
                found.add(task.get("id").asText());
            }
        }
        assertThat(found).as("%s's %s for %s", user, key, concernId).hasSize(1);
        return found.get(0);
    }
}
