package no.samvirke.sharing.consent.internal;

import static no.samvirke.identity.ServiceUnit.CHILD_WELFARE;
import static no.samvirke.identity.ServiceUnit.HEALTH_STATION;
import static no.samvirke.identity.ServiceUnit.SCHOOL;
import static no.samvirke.sharing.consent.ConsentGiver.GUARDIANS;
import static no.samvirke.sharing.consent.ConsentGiver.PERSON;
import static no.samvirke.sharing.consent.ConsentGiver.PERSON_AND_GUARDIANS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.sharing.consent.ConsentGiver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One group of tests per rule group of processes/consent.dmn (who may consent), on a plain in-memory engine. */
class ConsentDecisionTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 2);
    private static ProcessEngine engine;
    private static ConsentGiverRules rules;

    @BeforeAll
    static void deployTable() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:consent-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/consent.dmn").deploy();
        rules = new ConsentGiverRules(engine.getDecisionService(), engine.getRepositoryService());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** The giver for a person who turns {@code years} on the start date (or turned it a day before). */
    private static ConsentGiver giverAt(int years, boolean birthdayToday, ServiceUnit source) {
        LocalDate birth = START.minusYears(years).plusDays(birthdayToday ? 0 : 1);
        int age = birthdayToday ? years : years - 1;
        ConsentGiverRules.Answer answer = rules.decide(birth, START, source);
        assertThat(java.time.Period.between(birth, START).getYears()).isEqualTo(age);
        return answer.givers();
    }

    @Nested
    class UnknownBirthDate {
        @Test
        void bothThePersonAndTheGuardiansWhateverTheSource() {
            assertThat(rules.decide(null, START, SCHOOL).givers()).isEqualTo(PERSON_AND_GUARDIANS);
            assertThat(rules.decide(null, START, HEALTH_STATION).givers()).isEqualTo(PERSON_AND_GUARDIANS);
            assertThat(rules.decide(null, START, SCHOOL).legalBasis()).contains("ANTAKELSE");
        }
    }

    @Nested
    class HealthData {
        @Test
        void underSixteenTheGuardians() {
            assertThat(giverAt(15, true, HEALTH_STATION)).isEqualTo(GUARDIANS);
            assertThat(giverAt(16, false, HEALTH_STATION)).as("the day before the 16th birthday").isEqualTo(GUARDIANS);
        }

        @Test
        void fromSixteenThePersonAlone() {
            assertThat(giverAt(16, true, HEALTH_STATION)).isEqualTo(PERSON);
            assertThat(giverAt(17, true, HEALTH_STATION)).isEqualTo(PERSON);
            assertThat(rules.decide(START.minusYears(17), START, HEALTH_STATION).legalBasis()).contains("hpl. § 22");
        }
    }

    @Nested
    class OtherData {
        @Test
        void underFifteenTheGuardians() {
            assertThat(giverAt(14, true, SCHOOL)).isEqualTo(GUARDIANS);
            assertThat(giverAt(15, false, CHILD_WELFARE)).isEqualTo(GUARDIANS);
        }

        @Test
        void fromFifteenToSeventeenThePersonAndTheGuardiansTogether() {
            assertThat(giverAt(15, true, SCHOOL)).isEqualTo(PERSON_AND_GUARDIANS);
            assertThat(giverAt(17, true, SCHOOL)).isEqualTo(PERSON_AND_GUARDIANS);
            assertThat(giverAt(18, false, SCHOOL)).isEqualTo(PERSON_AND_GUARDIANS);
            assertThat(rules.decide(START.minusYears(15), START, SCHOOL).legalBasis())
                    .contains("barneloven", "ANTAKELSE");
        }

        @Test
        void fromEighteenThePersonAlone() {
            assertThat(giverAt(18, true, SCHOOL)).isEqualTo(PERSON);
            assertThat(giverAt(40, true, CHILD_WELFARE)).isEqualTo(PERSON);
        }
    }

    @Test
    void theAgeIsTakenAtTheConsentsStartNotToday() {
        LocalDate birth = START.minusYears(16).plusDays(10);
        assertThat(rules.decide(birth, START, HEALTH_STATION).givers()).isEqualTo(GUARDIANS);
        assertThat(rules.decide(birth, START.plusDays(10), HEALTH_STATION).givers()).isEqualTo(PERSON);
    }
}
