package no.samvirke.sharing.disclosure.internal;

import static no.samvirke.identity.ServiceUnit.CHILD_WELFARE;
import static no.samvirke.identity.ServiceUnit.HEALTH_STATION;
import static no.samvirke.identity.ServiceUnit.NAV;
import static no.samvirke.identity.ServiceUnit.POLICE_PREVENTION;
import static no.samvirke.identity.ServiceUnit.PST;
import static no.samvirke.identity.ServiceUnit.SCHOOL;
import static no.samvirke.identity.ServiceUnit.SLT;
import static no.samvirke.sharing.DisclosureLevel.ANONYMISED;
import static no.samvirke.sharing.DisclosureLevel.FULL;
import static no.samvirke.sharing.DisclosureLevel.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.LegalGround;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One group of tests per rule group of processes/disclosure.dmn, on a plain in-memory engine. */
class DisclosureDecisionTest {

    private static ProcessEngine engine;
    private static DisclosureRules rules;

    @BeforeAll
    static void deployTable() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:disclosure-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/disclosure.dmn").deploy();
        rules = new DisclosureRules(engine.getDecisionService(), engine.getRepositoryService());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** Facts with every condition false; tests switch on what they need. */
    private static Facts from(ServiceUnit source) {
        return new Facts(new DisclosureFacts(DisclosureFacts.Item.SUBJECT, source, "MUNICIPALITY", "CHILD_WELFARE",
                false, false, false, Set.of()));
    }

    private record Facts(DisclosureFacts f) {
        Facts to(String agency, ServiceUnit service) {
            return new Facts(new DisclosureFacts(f.item(), f.sourceService(), agency, service.name(),
                    f.consentInScope(), f.anonymised(), f.ownTask(), f.grounds()));
        }

        Facts consent() {
            return new Facts(new DisclosureFacts(f.item(), f.sourceService(), f.recipientAgency(),
                    f.recipientService(), true, f.anonymised(), f.ownTask(), f.grounds()));
        }

        Facts anonymised() {
            return new Facts(new DisclosureFacts(f.item(), f.sourceService(), f.recipientAgency(),
                    f.recipientService(), f.consentInScope(), true, f.ownTask(), f.grounds()));
        }

        Facts ownTask() {
            return new Facts(new DisclosureFacts(f.item(), f.sourceService(), f.recipientAgency(),
                    f.recipientService(), f.consentInScope(), f.anonymised(), true, f.grounds()));
        }

        Facts ground(LegalGround ground) {
            return new Facts(f.with(Set.of(ground)));
        }

        Facts danger() {
            return ground(LegalGround.DANGER_TO_LIFE_OR_HEALTH);
        }

        Facts offence() {
            return ground(LegalGround.OFFENCE_INFORMATION);
        }

        Facts dutyToAvert() {
            return ground(LegalGround.DUTY_TO_AVERT);
        }

        Access decide() {
            return rules.decide(f);
        }
    }

    // --- rule group: Consent ---
    @Test
    void schoolToPoliceWithConsentIsFullUnderFvl13a1() {
        Access access = from(SCHOOL).to("POLICE", POLICE_PREVENTION).consent().decide();
        assertThat(access).isEqualTo(new Access(FULL, "fvl. § 13 a nr. 1 (samtykke)"));
    }

    @Test
    void healthWithConsentIsFullUnderHpl22() {
        Access access = from(HEALTH_STATION).to("MUNICIPALITY", CHILD_WELFARE).consent().decide();
        assertThat(access).isEqualTo(new Access(FULL, "hpl. § 22 (samtykke)"));
    }

    // --- rule group: AnonymisedCase ---
    @Test
    void anonymousCaseStaysAnonymisedEvenWithConsentAndDanger() {
        Access access = from(SCHOOL).to("POLICE", POLICE_PREVENTION).anonymised().consent().danger().decide();
        assertThat(access).isEqualTo(new Access(ANONYMISED, "fvl. § 13 a nr. 2 (anonymisert drøfting)"));
    }

    // --- rule group: Health ---
    @Test
    void healthToKjernegruppeWithoutConsentIsAnonymisedOnly() {
        Access access = from(HEALTH_STATION).to("MUNICIPALITY", SLT).decide();
        assertThat(access).isEqualTo(new Access(ANONYMISED, "hpl. § 21 (taushetsplikt) – kun anonymisert"));
    }

    @Test
    void healthToMunicipalityOnDangerIsStillAnonymisedOnly() {
        assertThat(from(HEALTH_STATION).to("MUNICIPALITY", CHILD_WELFARE).danger().decide().level())
                .isEqualTo(ANONYMISED);
    }

    @Test
    void healthToPoliceOnDangerIsFullUnderHpl23() {
        Access access = from(HEALTH_STATION).to("POLICE", POLICE_PREVENTION).danger().decide();
        assertThat(access.level()).isEqualTo(FULL);
        assertThat(access.legalBasis()).startsWith("hpl. § 23 nr. 4");
    }

    @Test
    void healthHasNoOffenceException() {
        assertThat(from(HEALTH_STATION).to("POLICE", POLICE_PREVENTION).offence().decide().level())
                .isEqualTo(ANONYMISED);
    }

    // --- rule group: SchoolToPolice ---
    @Test
    void withoutConsentOrOtherGroundIsAnonymisedKjernegruppeDiscussion() {
        Access access = from(SCHOOL).to("POLICE", POLICE_PREVENTION).decide();
        assertThat(access).isEqualTo(
                new Access(ANONYMISED, "fvl. § 13 a nr. 2 (anonymisert drøfting i kjernegruppen)"));
    }

    @Test
    void dangerToLifeOrHealthIsFullUnderFvl13b7() {
        Access access = from(SCHOOL).to("POLICE", POLICE_PREVENTION).danger().decide();
        assertThat(access).isEqualTo(new Access(FULL, "fvl. § 13 b nr. 7 (fare for liv eller helse)"));
    }

    @Test
    void offenceInformationIsFullUnderFvl13b6() {
        Access access = from(SCHOOL).to("POLICE", POLICE_PREVENTION).offence().decide();
        assertThat(access).isEqualTo(new Access(FULL, "fvl. § 13 b nr. 6 (lovbrudd, allmenn interesse)"));
    }

    @Test
    void offenceInformationToAnotherMunicipalServiceIsNotEnough() {
        assertThat(from(SCHOOL).to("MUNICIPALITY", CHILD_WELFARE).offence().decide().level())
                .isEqualTo(ANONYMISED);
    }

    // --- rule group: PoliceOrigin ---
    @Test
    void policeToMunicipalityWithoutConsentIsNotFull() {
        Access access = from(POLICE_PREVENTION).to("MUNICIPALITY", SLT).decide();
        assertThat(access.level()).isEqualTo(ANONYMISED);
        assertThat(access.legalBasis()).startsWith("politiregisterloven");
    }

    @Test
    void policeToMunicipalityWithConsentIsFull() {
        assertThat(from(POLICE_PREVENTION).to("MUNICIPALITY", SLT).consent().decide())
                .isEqualTo(new Access(FULL, "politiregisterloven § 24 (samtykke)"));
    }

    // --- rule group: WelfareServices ---
    @Test
    void navWithoutConsentIsAnonymisedAndOnDangerFull() {
        assertThat(from(NAV).to("POLICE", POLICE_PREVENTION).decide().level()).isEqualTo(ANONYMISED);
        assertThat(from(NAV).to("POLICE", POLICE_PREVENTION).danger().decide())
                .isEqualTo(new Access(FULL, "NAV-loven § 7 (fare for liv eller helse)"));
    }

    // --- rule group: OwnTaskAndDuties ---
    @Test
    void ownServiceSeesItsOwnInformation() {
        assertThat(from(CHILD_WELFARE).to("MUNICIPALITY", CHILD_WELFARE).ownTask().decide())
                .isEqualTo(new Access(FULL, "fvl. § 13 b nr. 5 (avgiverorganets egen oppgave)"));
    }

    @Test
    void dutyToAvertGivesPoliceFull() {
        assertThat(from(CHILD_WELFARE).to("POLICE", POLICE_PREVENTION).dutyToAvert().decide())
                .isEqualTo(new Access(FULL, "straffeloven § 196 (avvergeplikt)"));
    }

    // --- rule group: Pst ---
    @Test
    void pstInformationIsNotDisclosedWithoutPstsAssessment() {
        assertThat(from(PST).to("POLICE", POLICE_PREVENTION).consent().decide().level()).isEqualTo(NONE);
        assertThat(from(PST).to("MUNICIPALITY", SLT).danger().decide().level()).isEqualTo(NONE);
    }

    @Test
    void municipalInformationToPstNeedsAGround() {
        assertThat(from(SCHOOL).to("PST", ServiceUnit.PST).decide().level()).isEqualTo(NONE);
        assertThat(from(SCHOOL).to("PST", ServiceUnit.PST).danger().decide().level()).isEqualTo(FULL);
    }

    // --- rule group: ForwardingGrounds (issue 11, path 7) ---
    @Test
    void everyStatutoryGroundIsAnInputOfTheTable() {
        String definitionId = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey("disclosure").latestVersion().singleResult().getId();
        java.util.List<String> inputs = engine.getRepositoryService().getDmnModelInstance(definitionId)
                .getModelElementsByType(org.camunda.bpm.model.dmn.instance.InputExpression.class).stream()
                .map(e -> e.getText().getTextContent().strip()).toList();
        assertThat(inputs).containsAll(LegalGround.statutory().stream().map(LegalGround::decisionInput).toList());
    }

    @Test
    void dutyToAvertOpensTheSchoolsConcernToThePoliceButNotToPst() {
        assertThat(from(SCHOOL).to("POLICE", POLICE_PREVENTION).dutyToAvert().decide())
                .isEqualTo(new Access(FULL, "straffeloven § 196 (avvergeplikt)"));
        assertThat(from(SCHOOL).to("PST", ServiceUnit.PST).dutyToAvert().decide().level()).isEqualTo(NONE);
        assertThat(from(SCHOOL).to("MUNICIPALITY", CHILD_WELFARE).dutyToAvert().decide().level())
                .isEqualTo(ANONYMISED);
    }

    @Test
    void healthPersonnelUnderDutyToAvertGivePoliceFullButNotPst() {
        assertThat(from(HEALTH_STATION).to("POLICE", POLICE_PREVENTION).dutyToAvert().decide())
                .isEqualTo(new Access(FULL, "hpl. § 31 og straffeloven § 196 (avvergeplikt)"));
        assertThat(from(HEALTH_STATION).to("PST", ServiceUnit.PST).dutyToAvert().decide().level()).isEqualTo(NONE);
    }

    @Test
    void healthPersonnelGroundGivesThePoliceFullForHealthInformation() {
        assertThat(from(HEALTH_STATION).to("POLICE", POLICE_PREVENTION)
                .ground(LegalGround.HEALTH_PERSONNEL_TO_POLICE).decide()).isEqualTo(new Access(FULL,
                "hpl. § 23 nr. 4 / § 31 (helsepersonell: tungtveiende interesser, avverge alvorlig skade)"));
    }

    @Test
    void healthPersonnelGroundOpensNothingElse() {
        LegalGround hpl = LegalGround.HEALTH_PERSONNEL_TO_POLICE;
        assertThat(from(SCHOOL).to("POLICE", POLICE_PREVENTION).ground(hpl).decide().level()).isEqualTo(ANONYMISED);
        assertThat(from(HEALTH_STATION).to("PST", ServiceUnit.PST).ground(hpl).decide().level()).isEqualTo(NONE);
        assertThat(from(HEALTH_STATION).to("MUNICIPALITY", SLT).ground(hpl).decide().level()).isEqualTo(ANONYMISED);
    }

    @Test
    void healthInformationForwardedAsOffenceInformationStaysAnonymisedForThePolice() {
        assertThat(from(HEALTH_STATION).to("POLICE", POLICE_PREVENTION).offence().decide())
                .isEqualTo(new Access(ANONYMISED, "hpl. § 21 (taushetsplikt) – kun anonymisert"));
        assertThat(from(HEALTH_STATION).to("POLICE", POLICE_PREVENTION).offence()
                .ground(LegalGround.HEALTH_PERSONNEL_TO_POLICE).decide().level()).isEqualTo(FULL);
    }

    @Test
    void dutyToInformChildWelfareOpensToChildWelfareOnlyNeverToThePolice() {
        LegalGround bvl = LegalGround.DUTY_TO_INFORM_CHILD_WELFARE;
        assertThat(from(SCHOOL).to("MUNICIPALITY", CHILD_WELFARE).ground(bvl).decide())
                .isEqualTo(new Access(FULL, "barnevernsloven § 13-2 (opplysningsplikt til barnevernet)"));
        assertThat(from(SCHOOL).to("POLICE", POLICE_PREVENTION).ground(bvl).decide().level()).isEqualTo(ANONYMISED);
        assertThat(from(HEALTH_STATION).to("POLICE", POLICE_PREVENTION).ground(bvl).decide().level())
                .isEqualTo(ANONYMISED);
    }

    @Test
    void aRecordedConsentGroundIsNotConsent() {
        assertThat(from(SCHOOL).to("POLICE", POLICE_PREVENTION).ground(LegalGround.CONSENT).decide().level())
                .isEqualTo(ANONYMISED);
    }
}
