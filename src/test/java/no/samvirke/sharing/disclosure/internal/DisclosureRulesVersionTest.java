package no.samvirke.sharing.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.sharing.Access;
import no.samvirke.sharing.DisclosureLevel;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remembered answers of processes/disclosure.dmn belong to one version of the table: when an
 * administrator deploys a new version, its rules apply from the next check on, and never an answer
 * the old version gave.
 */
class DisclosureRulesVersionTest {

    /** A new version of the table that shares nothing with the real one: one rule, everything FULL. */
    private static final String NEW_VERSION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                         xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="disclosure_v2"
                         name="Utlevering (prøveversjon)" namespace="http://samvirke.no/dmn/test">
              <decision id="disclosure" name="Utlevering" camunda:historyTimeToLive="P1D">
                <decisionTable id="table" hitPolicy="FIRST">
                  <input id="in_item" label="Opplysning">
                    <inputExpression id="in_item_expr" typeRef="string"><text>item</text></inputExpression>
                  </input>
                  <output id="out_level" name="level" typeRef="string" />
                  <output id="out_basis" name="legalBasis" typeRef="string" />
                  <rule id="rule_all">
                    <inputEntry id="rule_all_item"><text>-</text></inputEntry>
                    <outputEntry id="rule_all_level"><text>"FULL"</text></outputEntry>
                    <outputEntry id="rule_all_basis"><text>"Prøveversjon"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    private ProcessEngine engine;

    @BeforeEach
    void deployTable() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:disclosure-version-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/disclosure.dmn").deploy();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** The school's concern, named, no consent, asked for by the police: the real table says no. */
    private static DisclosureFacts schoolConcernToPolice() {
        return new DisclosureFacts(DisclosureFacts.Item.SUBJECT, ServiceUnit.SCHOOL, "POLICE", "POLICE_PREVENTION",
                false, false, false, java.util.Set.of());
    }

    private void deployNewVersion() {
        engine.getRepositoryService().createDeployment()
                .addString("disclosure-v2.dmn", NEW_VERSION)
                .deploy();
    }

    @Test
    void aNewVersionOfTheTableAppliesFromTheNextCheck() {
        DisclosureRules rules = new DisclosureRules(engine.getDecisionService(), engine.getRepositoryService(),
                Duration.ZERO);
        Access before = rules.decide(schoolConcernToPolice());
        assertThat(before.level()).isNotEqualTo(DisclosureLevel.FULL);
        assertThat(rules.decide(schoolConcernToPolice())).isEqualTo(before);

        deployNewVersion();

        assertThat(rules.decide(schoolConcernToPolice()))
                .isEqualTo(new Access(DisclosureLevel.FULL, "Prøveversjon"));
    }

    @Test
    void withinTheCheckIntervalTheRememberedVersionAnswersConsistently() {
        DisclosureRules rules = new DisclosureRules(engine.getDecisionService(), engine.getRepositoryService(),
                Duration.ofHours(1));
        Access before = rules.decide(schoolConcernToPolice());

        deployNewVersion();

        assertThat(rules.decide(schoolConcernToPolice())).isEqualTo(before);
        DisclosureRules fresh = new DisclosureRules(engine.getDecisionService(), engine.getRepositoryService());
        assertThat(fresh.decide(schoolConcernToPolice()).legalBasis()).isEqualTo("Prøveversjon");
    }
}
