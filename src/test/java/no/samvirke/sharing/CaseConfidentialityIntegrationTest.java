package no.samvirke.sharing;

import no.samvirke.audit.AuditTrail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernStatus;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.Concerns;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.CaseConfidentiality;
import no.samvirke.sharing.CaseResourcePersons;
import no.samvirke.sharing.CaseView;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.Conversion;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.DiscussionMode;
import no.samvirke.anonymisation.IdentifyingKind;
import no.samvirke.sharing.LegalGround;
import no.samvirke.sharing.ResourceAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Anonymised discussion, conversion, identifying text and resource persons, through sharing's public API. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseConfidentialityIntegrationTest {

    static final String NAME = "Ola Testesen";
    static final String NATIONAL_ID = "01020312345";

    @Autowired CaseConfidentiality confidentiality;
    @Autowired CaseResourcePersons resourcePersons;
    @Autowired CaseViews caseViews;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail auditTrail;
    @Autowired Clock clock;
    @MockitoBean Concerns concerns;
    @MockitoBean ConcernRecords records;

    /** A named school concern; with {@code dangerToLife} the DMN gives the kjernegruppe FULL identity. */
    static UUID schoolConcern(Concerns concerns, ConcernRecords records, boolean dangerToLife) {
        UUID id = UUID.randomUUID();
        ConcernSummary summary = new ConcernSummary(id, "T-2025-0007", "3201", Category.RADICALISATION,
                ConcernStatus.UNDER_ASSESSMENT, ServiceUnit.SCHOOL, "skole", dangerToLife, false, true, false,
                Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:00:00Z"), null);
        when(concerns.summary(id)).thenReturn(Optional.of(summary));
        when(records.find(id)).thenReturn(Optional.of(new ConcernRecord(summary, NAME, LocalDate.of(2003, 2, 1),
                NATIONAL_ID, NAME + " deler voldelig propaganda.")));
        return id;
    }

    private CurrentUser user(String username) {
        return users.find(username).orElseThrow();
    }

    private CaseView view(UUID id, String username) {
        return caseViews.view(CaseId.of(id), user(username), "test").orElseThrow();
    }

    private List<String> changes(UUID id) {
        auditTrail.chainPending();
        return jdbc.queryForList("select purpose from audit_entry where case_id = ? and action = 'CHANGE' order by id",
                String.class, id);
    }

    @Test
    void anonymisedDiscussionHidesTheIdentityFromKjerneAndPoliti() {
        UUID id = schoolConcern(concerns, records, true);
        assertThat(view(id, "kjerne").subjectVisible()).isTrue();
        confidentiality.setDiscussionMode(CaseId.of(id), DiscussionMode.ANONYMISED, user("slt"));
        for (String viewer : List.of("kjerne", "politi")) {
            CaseView view = view(id, viewer);
            assertThat(view.subjectAccess().level()).isEqualTo(DisclosureLevel.ANONYMISED);
            assertThat(view.subjectName()).isNull();
            assertThat(view.subjectNationalId()).isNull();
            assertThat(view.description()).isNull(); // no text for anonymised discussion yet (ADR 0021)
            assertThat(view.anonymisedDescriptionMissing()).isTrue();
        }
        assertThat(confidentiality.anonymised(CaseId.of(id))).isTrue();
        assertThat(changes(id)).containsExactly("screening:discussionMode");
    }

    @Test
    void conversionOnAnOffenceGroundLetsThePoliceSeeTheIdentity() {
        UUID id = schoolConcern(concerns, records, false);
        confidentiality.setDiscussionMode(CaseId.of(id), DiscussionMode.ANONYMISED, user("slt"));
        assertThat(confidentiality.policeMayKnowIdentity(CaseId.of(id))).isFalse();
        confidentiality.proposeConversion(CaseId.of(id), new Conversion(LegalGround.OFFENCE_INFORMATION, null,
                "Deling av voldelig propaganda kan være straffbart."), user("kjerne"));
        assertThat(view(id, "politi").subjectVisible()).as("one person's proposal changes nothing").isFalse();
        assertThat(confidentiality.anonymised(CaseId.of(id))).isTrue();
        confidentiality.confirmConversion(CaseId.of(id), user("slt"));
        CaseView politi = view(id, "politi");
        assertThat(politi.subjectName()).isEqualTo(NAME);
        assertThat(politi.subjectAccess().legalBasis()).contains("13 b nr. 6");
        assertThat(confidentiality.policeMayKnowIdentity(CaseId.of(id))).isTrue();
        assertThat(confidentiality.anonymised(CaseId.of(id))).isFalse();
        auditTrail.chainPending();
        String basis = jdbc.queryForObject("select legal_basis from audit_entry where case_id = ? and purpose = ?",
                String.class, id, "conversion:named");
        assertThat(basis).contains("fvl. § 13 b nr. 6");
    }

    @Test
    void conversionOnTheChildWelfareGroundDoesNotReachThePolice() {
        UUID id = schoolConcern(concerns, records, false);
        confidentiality.setDiscussionMode(CaseId.of(id), DiscussionMode.ANONYMISED, user("slt"));
        confidentiality.proposeConversion(CaseId.of(id), new Conversion(LegalGround.DUTY_TO_INFORM_CHILD_WELFARE, null,
                "Alvorlig omsorgssvikt."), user("kjerne"));
        confidentiality.confirmConversion(CaseId.of(id), user("slt"));
        assertThat(view(id, "politi").subjectVisible()).isFalse();
        assertThat(view(id, "kjerne").subjectName()).isEqualTo(NAME);
        assertThat(confidentiality.policeMayKnowIdentity(CaseId.of(id))).isFalse();
    }

    @Test
    void aNamedDiscussionCannotBeConvertedAgain() {
        UUID id = schoolConcern(concerns, records, false);
        confidentiality.setDiscussionMode(CaseId.of(id), DiscussionMode.NAMED, user("slt"));
        assertThat(confidentiality.convertible(CaseId.of(id))).isFalse();
        assertThatThrownBy(() -> confidentiality.proposeConversion(CaseId.of(id),
                new Conversion(LegalGround.DUTY_TO_AVERT, null, "x"), user("kjerne")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theProposerCannotConfirmAndBothStepsAreAudited() {
        UUID id = schoolConcern(concerns, records, false);
        confidentiality.setDiscussionMode(CaseId.of(id), DiscussionMode.ANONYMISED, user("slt"));
        confidentiality.proposeConversion(CaseId.of(id), new Conversion(LegalGround.DUTY_TO_AVERT, null, "Planlagt vold."),
                user("kjerne"));

        assertThatThrownBy(() -> confidentiality.confirmConversion(CaseId.of(id), user("kjerne")))
                .isInstanceOf(no.samvirke.platform.ConflictException.class);
        assertThatThrownBy(() -> confidentiality.proposeConversion(CaseId.of(id),
                new Conversion(LegalGround.CONSENT, "x", "Annet grunnlag."), user("politi")))
                .isInstanceOf(no.samvirke.platform.ConflictException.class);
        assertThat(confidentiality.anonymised(CaseId.of(id))).isTrue();
        assertThat(view(id, "politi").subjectVisible()).isFalse();

        confidentiality.confirmConversion(CaseId.of(id), user("politi"));

        assertThat(confidentiality.anonymised(CaseId.of(id))).isFalse();
        assertThat(confidentiality.pendingConversion(CaseId.of(id))).isEmpty();
        auditTrail.chainPending();
        assertThat(jdbc.queryForObject("select username from audit_entry where case_id = ? and purpose = ?",
                String.class, id, "conversion:proposed")).isEqualTo("kjerne");
        assertThat(jdbc.queryForObject("select after_value from audit_entry where case_id = ? and purpose = ?",
                String.class, id, "conversion:named")).contains("legalGround=DUTY_TO_AVERT", "proposedBy=kjerne",
                "confirmedBy=politi");
    }

    @Test
    void identifyingTextIsRecognisedByKindWithoutReturningTheName() {
        UUID id = schoolConcern(concerns, records, false);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Fødselsnummer 01020312345.")).containsExactly(IdentifyingKind.NATIONAL_ID_NUMBER);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Fnr 010203 12345")).containsExactly(IdentifyingKind.NATIONAL_ID_NUMBER);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Ring 91234567")).containsExactly(IdentifyingKind.PHONE_NUMBER);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Ring +47 912 34 567")).containsExactly(IdentifyingKind.PHONE_NUMBER);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Ring 22 33 44 55")).containsExactly(IdentifyingKind.PHONE_NUMBER);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Skriv til foresatt@example.no")).containsExactly(IdentifyingKind.EMAIL_ADDRESS);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Gutten heter ola")).containsExactly(IdentifyingKind.SUBJECT_NAME);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Familien Testesen er bekymret")).containsExactly(IdentifyingKind.SUBJECT_NAME);
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Eleven er 15 år, kl. 14 i rom 204.")).isEmpty();
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Møte 12.03.2025 kl. 14.")).containsExactly(IdentifyingKind.DATE);
        // not the subject's "Ola", but another person's name: found as such, never as the subject's (ADR 0021)
        assertThat(confidentiality.identifyingIn(CaseId.of(id), "Olav er læreren.")).containsExactly(IdentifyingKind.PERSON_NAME);
    }

    @Test
    void aResourcePersonSeesTheCaseOnlyAfterAcceptingTheDeclarationAndUntilExpiry() {
        UUID id = schoolConcern(concerns, records, false);
        CurrentUser helse = user("helse");
        assertThat(caseViews.view(CaseId.of(id), helse, "test")).isEmpty();
        Instant now = clock.instant();
        resourcePersons.grant(CaseId.of(id), "helse", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), user("kjerne"));
        assertThat(resourcePersons.accessNow(CaseId.of(id), helse)).contains(ResourceAccess.AWAITING_DECLARATION);
        assertThat(caseViews.view(CaseId.of(id), helse, "test")).isEmpty();
        resourcePersons.acceptDeclaration(CaseId.of(id), helse, "review.resource.declaration.v1");
        CaseView view = caseViews.view(CaseId.of(id), helse, "test").orElseThrow();
        assertThat(view.subjectVisible()).isFalse();
        assertThat(caseViews.view(CaseId.of(id), user("asker-skole"), "test")).isEmpty();
        jdbc.update("update case_resource_person set valid_to = ? where case_id = ?",
                java.sql.Timestamp.from(now.minusSeconds(1)), id);
        assertThat(caseViews.view(CaseId.of(id), helse, "test")).isEmpty();
        assertThat(caseViews.view(CaseId.of(id), helse, "test")).isEmpty();
        assertThat(changes(id)).containsExactly("resource:grant", "resource:declaration", "resource:expired");
        assertThat(jdbc.queryForObject("select declaration_key from case_resource_person where case_id = ?",
                String.class, id)).isEqualTo("review.resource.declaration.v1");
    }

    @Test
    void accessLongerThanThirtyDaysIsRefused() {
        UUID id = schoolConcern(concerns, records, false);
        Instant now = clock.instant();
        assertThatThrownBy(() -> resourcePersons.grant(CaseId.of(id), "helse", now, now.plus(Duration.ofDays(31)), user("kjerne")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(changes(id)).isEmpty();
    }
}
