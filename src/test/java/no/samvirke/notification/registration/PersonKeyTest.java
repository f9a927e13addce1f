package no.samvirke.notification.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same person recorded twice is recognised (moved here from RouteTest with PersonKey). */
class PersonKeyTest {

    @Test
    void theSamePersonIsRecognisedWhateverTheSpellingOfTheNameAndByNationalIdFirst() {
        java.time.LocalDate born = java.time.LocalDate.of(2008, 5, 1);
        assertThat(PersonKey.of("Test  Varselperson", born, null)).isEqualTo(PersonKey.of(" test varselperson", born, " "))
                .hasSize(64).doesNotContain("varsel");
        assertThat(PersonKey.of("A", null, "01050812345")).isEqualTo(PersonKey.of("B", born, "01050812345"));
        assertThat(PersonKey.of("Test Varselperson", born, null)).isNotEqualTo(PersonKey.of("Test Varselperson",
                born.plusDays(1), null));
    }
}
