package no.samvirke.sharing.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class NewConsentTest {

    private static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

    @Test
    void aWrittenConsentDropsAnyWitnessAndAnOpenEndIsFine() {
        NewConsent consent = new NewConsent(ConsentGiver.PERSON, " Ola ", Set.of(RecipientCategory.POLICE), MAY_10,
                null, ConsentForm.WRITTEN, "someone").validated();

        assertThat(consent.witness()).isNull();
        assertThat(consent.givenByName()).isEqualTo("Ola");
    }

    @Test
    void oneProblemPerFieldForEverythingMissing() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(null, " ", null, null, null, ConsentForm.ORAL, " ").validated());

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("givenBy", "givenByName", "recipients", "validFrom", "witness");
    }

    @Test
    void theEndMayBeTheStartDayButNotBefore() {
        new NewConsent(ConsentGiver.GUARDIANS, "Kari", Set.of(RecipientCategory.NAV), MAY_10, MAY_10,
                ConsentForm.WRITTEN, null).validated();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(ConsentGiver.GUARDIANS, "Kari", Set.of(RecipientCategory.NAV), MAY_10,
                        MAY_10.minusDays(1), ConsentForm.WRITTEN, null).validated());

        assertThat(e.problems()).containsExactly(new FieldProblem("validTo", "sharing.consent.error.validTo"));
    }

    @Test
    void namesLongerThan200CharactersAreRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(ConsentGiver.PERSON, "x".repeat(201), Set.of(RecipientCategory.NAV), MAY_10,
                        null, ConsentForm.ORAL, "y".repeat(201)).validated());

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("givenByName", "witness");
    }
}
