package no.samvirke.intake.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.AnonymisedDescriptionIntake;
import no.samvirke.intake.Category;
import no.samvirke.intake.internal.RegisterConcern;

/** The registration form as typed, kept as text so that bad input can be shown back. */
record ConcernForm(Boolean anonymous, String name, String birthDate, String nationalId, String category,
                   String description, String reporterService, String subjectInformed, String consentToShare,
                   String acuteDanger, String anonymisedDescription, String confirmAnonymisedDescription) {

    /** {@code reporterService} is not a field of the page (it shows the account's); a posted one is checked. */
    static ConcernForm empty() {
        return new ConcernForm(false, "", "", "", null, "", null, null, null, null, "", null);
    }

    /** @throws DateTimeParseException or IllegalArgumentException for values that cannot be parsed */
    RegisterConcern.Command toCommand() {
        var subject = new RegisterConcern.Subject(Boolean.TRUE.equals(anonymous), name, date(birthDate), nationalId);
        return new RegisterConcern.Command(subject, category == null || category.isBlank() ? null : Category.valueOf(category),
                description, service(reporterService), bool(subjectInformed), bool(consentToShare), bool(acuteDanger),
                anonymisedDescription, Boolean.TRUE.equals(bool(confirmAnonymisedDescription)));
    }

    /** The subject as typed, for highlighting what the detector found in the anonymised text. */
    AnonymisedDescriptionIntake.Subject typedSubject() {
        if (Boolean.TRUE.equals(anonymous)) {
            return null;
        }
        LocalDate birth = birthDateUnreadable() ? null : date(birthDate);
        return new AnonymisedDescriptionIntake.Subject(name, birth, nationalId);
    }

    boolean birthDateUnreadable() {
        try {
            date(birthDate);
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static ServiceUnit service(String value) {
        return value == null || value.isBlank() ? null : ServiceUnit.valueOf(value);
    }

    private static Boolean bool(String value) {
        return value == null || value.isBlank() ? null : Boolean.valueOf(value);
    }
}
