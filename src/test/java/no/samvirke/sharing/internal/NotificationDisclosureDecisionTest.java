package no.samvirke.sharing.internal;

import no.samvirke.sharing.disclosure.internal.DisclosureFacts;
import no.samvirke.sharing.disclosure.internal.DisclosureRules;
import static no.samvirke.identity.Agency.MUNICIPALITY;
import static no.samvirke.identity.Agency.POLICE;
import static no.samvirke.identity.Agency.PST;
import static no.samvirke.sharing.DisclosureLevel.FULL;
import static no.samvirke.sharing.DisclosureLevel.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.NotificationDisclosures.Facts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notification rows of processes/disclosure.dmn (DOMAIN.md: "PST → police → municipality,
 * travel/return event, after PST's harm assessment: FULL (minimum) or NONE"), one test per rule group.
 */
class NotificationDisclosureDecisionTest {

    private static ProcessEngine engine;
    private static DefaultNotificationDisclosures disclosures;

    @BeforeAll
    static void deployTable() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:notification-disclosure-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/disclosure.dmn").deploy();
        disclosures = new DefaultNotificationDisclosures(new DisclosureRules(engine.getDecisionService(), engine.getRepositoryService()), null);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Access from(ServiceUnit source, boolean cleared, no.samvirke.identity.Agency to) {
        return disclosures.forHandoff(new Facts(UUID.randomUUID(), source, cleared), to);
    }

    @Test
    void pstTellsThePolicePreventionContactByName() {
        Access access = from(ServiceUnit.PST, false, POLICE);
        assertThat(access.level()).isEqualTo(FULL);
        assertThat(access.legalBasis()).contains("varslingsrutinen").contains("tiltak 37");
    }

    @Test
    void thePoliceTellPstByName() {
        assertThat(from(ServiceUnit.POLICE_PREVENTION, false, PST).level()).isEqualTo(FULL);
        assertThat(from(ServiceUnit.POLICE_PREVENTION, false, PST).legalBasis()).contains("politiregisterloven § 22");
    }

    @Test
    void theMunicipalityLearnsOnlyAfterTheHarmAssessmentClearedIt() {
        for (ServiceUnit source : new ServiceUnit[] {ServiceUnit.PST, ServiceUnit.POLICE_PREVENTION}) {
            Access cleared = from(source, true, MUNICIPALITY);
            assertThat(cleared.level()).as("%s, cleared", source).isEqualTo(FULL);
            assertThat(cleared.legalBasis()).contains("skadevurdering").contains("minimum");
            Access notCleared = from(source, false, MUNICIPALITY);
            assertThat(notCleared.level()).as("%s, not cleared", source).isEqualTo(NONE);
            assertThat(notCleared.legalBasis()).contains("ikke klarert");
        }
    }

    @Test
    void theMunicipalityThatLearnedFirstTellsThePoliceAndPst() {
        assertThat(from(ServiceUnit.SLT, true, POLICE).level()).isEqualTo(FULL);
        assertThat(from(ServiceUnit.SLT, true, PST).level()).isEqualTo(FULL);
        assertThat(from(ServiceUnit.SLT, true, PST).legalBasis()).contains("fvl. § 13 b nr. 6");
    }

    @Test
    void outsideTheRoutinePstInformationStillReachesNoMunicipality() {
        DisclosureRules rules = new DisclosureRules(engine.getDecisionService(), engine.getRepositoryService());
        DisclosureFacts concernFacts = new DisclosureFacts(DisclosureFacts.Item.SUBJECT, ServiceUnit.PST,
                "MUNICIPALITY", "SLT", false, false, false, java.util.Set.of());
        assertThat(rules.decide(concernFacts).level()).isEqualTo(NONE);
        assertThat(concernFacts.variables()).containsEntry("notificationEvent", false);
    }
}
