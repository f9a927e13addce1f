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
                null, ConsentForm.WRITTEN, "someone", " Arkiv 2026/12-3 ").validated();

        assertThat(consent.witness()).isNull();
        assertThat(consent.givenByName()).isEqualTo("Ola");
        assertThat(consent.documentReference()).isEqualTo("Arkiv 2026/12-3");
    }

    @Test
    void aWrittenConsentNeedsItsDocumentReferenceAndAnOralOneItsWitness() {
        InvalidInputException written = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(ConsentGiver.PERSON, "Ola", Set.of(RecipientCategory.POLICE), MAY_10, null,
                        ConsentForm.WRITTEN, null, " ").validated());
        InvalidInputException oral = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(ConsentGiver.PERSON, "Ola", Set.of(RecipientCategory.POLICE), MAY_10, null,
                        ConsentForm.ORAL, null, "Arkiv 1").validated());

        assertThat(written.problems()).containsExactly(
                new FieldProblem("documentReference", "sharing.consent.error.documentReference"));
        assertThat(oral.problems()).containsExactly(new FieldProblem("witness", "sharing.consent.error.witness"));
    }

    @Test
    void oneProblemPerFieldForEverythingMissing() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(null, " ", null, null, null, ConsentForm.ORAL, " ", null).validated());

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("givenBy", "givenByName", "recipients", "validFrom", "witness");
    }

    @Test
    void theEndMayBeTheStartDayButNotBefore() {
        new NewConsent(ConsentGiver.GUARDIANS, "Kari", Set.of(RecipientCategory.NAV), MAY_10, MAY_10,
                ConsentForm.WRITTEN, null, "Arkiv 1").validated();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(ConsentGiver.GUARDIANS, "Kari", Set.of(RecipientCategory.NAV), MAY_10,
                        MAY_10.minusDays(1), ConsentForm.WRITTEN, null, "Arkiv 1").validated());

        assertThat(e.problems()).containsExactly(new FieldProblem("validTo", "sharing.consent.error.validTo"));
    }

    @Test
    void namesLongerThan200CharactersAreRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new NewConsent(ConsentGiver.PERSON, "x".repeat(201), Set.of(RecipientCategory.NAV), MAY_10,
                        null, ConsentForm.ORAL, "y".repeat(201), null).validated());

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("givenByName", "witness");
    }
}
