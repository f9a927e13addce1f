package no.samvirke.sharing.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grading rule group of processes/disclosure.dmn: the sealed police/PST compartment. */
class GradedDisclosureDecisionTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void deployTable() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:graded-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE).buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/disclosure.dmn").deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** Every condition that would otherwise open the item switched on. */
    private static DmnDecisionRuleResult decide(String source, String agency, String service, String grading) {
        Map<String, Object> v = new HashMap<>();
        v.put("item", "INFORMATION");
        v.put("sourceService", source);
        v.put("recipientAgency", agency);
        v.put("recipientService", service);
        for (String flag : new String[] {"consentInScope", "anonymised", "ownTask", "dutyToAvert", "neglectOrAbuse",
                "dangerToLifeOrHealth", "offenceInformation", "healthPersonnelToPolice"}) {
            v.put(flag, true);
        }
        v.put("grading", grading);
        return engine.getDecisionService().evaluateDecisionTableByKey("disclosure", v).getFirstResult();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHILD_WELFARE", "SLT", "SCHOOL", "HEALTH_STATION", "PRIVACY"})
    void municipalServicesGetNothingOfPolicePstOnlyInformationWhateverElseHolds(String service) {
        DmnDecisionRuleResult hit = decide("PST", "MUNICIPALITY", service, "POLICE_PST_ONLY");
        assertThat(hit.<String>getEntry("level")).isEqualTo("NONE");
        assertThat(hit.<String>getEntry("legalBasis")).isEqualTo("Gradert kun for politi og PST – ingen utlevering");
    }

    @Test
    void policeAndPstSeePolicePstOnlyInformationFromEachOther() {
        assertThat(decide("PST", "POLICE", "POLICE_PREVENTION", "POLICE_PST_ONLY").<String>getEntry("level"))
                .isEqualTo("FULL");
        DmnDecisionRuleResult toPst = decide("POLICE_PREVENTION", "PST", "PST", "POLICE_PST_ONLY");
        assertThat(toPst.<String>getEntry("level")).isEqualTo("FULL");
        assertThat(toPst.<String>getEntry("legalBasis")).startsWith("politiregisterloven § 22");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPEN_IN_CASE", "RESTRICTED"})
    void otherGradingsFollowTheOrdinaryRules(String grading) {
        DmnDecisionRuleResult hit = decide("PST", "MUNICIPALITY", "CHILD_WELFARE", grading);
        assertThat(hit.<String>getEntry("legalBasis")).isEqualTo("fvl. § 13 a nr. 2 (anonymisert drøfting)");
    }
}
