package no.samvirke.sharing.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;

/**
 * A consent to be recorded, as typed. {@link #validated()} checks every field at once and
 * answers with one problem per field; field names are those of the API and the page. Each consent
 * carries its evidence: a written one the reference of the signed document (archive or journal
 * number), an oral one its witness. Whether the start date and the giver fit the case is checked
 * where the case is known (not back-dated; the giver as processes/consent.dmn says).
 */
public record NewConsent(ConsentGiver givenBy, String givenByName, Set<RecipientCategory> recipients,
                         LocalDate validFrom, LocalDate validTo, ConsentForm form, String witness,
                         String documentReference) {

    public static final int NAME_MAX = 200;

    public NewConsent {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        givenByName = trimmed(givenByName);
        witness = form == ConsentForm.ORAL ? trimmed(witness) : null;
        documentReference = trimmed(documentReference);
    }

    public NewConsent validated() {
        List<FieldProblem> problems = new ArrayList<>();
        require(givenBy != null, "givenBy", "sharing.consent.error.givenBy", problems);
        require(givenByName != null, "givenByName", "sharing.consent.error.givenByName", problems);
        require(givenByName == null || givenByName.length() <= NAME_MAX, "givenByName",
                "sharing.consent.error.tooLong", problems);
        require(!recipients.isEmpty(), "recipients", "sharing.consent.error.recipients", problems);
        require(validFrom != null, "validFrom", "sharing.consent.error.validFrom", problems);
        require(validFrom == null || validTo == null || !validTo.isBefore(validFrom), "validTo",
                "sharing.consent.error.validTo", problems);
        require(form != null, "form", "sharing.consent.error.form", problems);
        require(form != ConsentForm.ORAL || witness != null, "witness", "sharing.consent.error.witness", problems);
        require(witness == null || witness.length() <= NAME_MAX, "witness", "sharing.consent.error.tooLong", problems);
        require(form != ConsentForm.WRITTEN || documentReference != null, "documentReference",
                "sharing.consent.error.documentReference", problems);
        require(documentReference == null || documentReference.length() <= NAME_MAX, "documentReference",
                "sharing.consent.error.tooLong", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return this;
    }

    private static void require(boolean ok, String field, String key, List<FieldProblem> problems) {
        if (!ok && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, key));
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
