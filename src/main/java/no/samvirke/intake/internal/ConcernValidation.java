package no.samvirke.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.AnonymisedDescriptionIntake;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The rules for a concern, one message key per broken rule and field. Limits: name 200
 * characters, description 10,000 characters.
 */
@Component
public class ConcernValidation {

    /** The municipal services that report concerns (not privacy or administration). */
    public static final List<ServiceUnit> REPORTING_SERVICES = List.of(ServiceUnit.SCHOOL,
            ServiceUnit.HEALTH_STATION, ServiceUnit.CHILD_WELFARE, ServiceUnit.SOCIAL_SERVICES, ServiceUnit.NAV,
            ServiceUnit.OUTREACH, ServiceUnit.CULTURE_AND_YOUTH, ServiceUnit.SLT);

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 10_000;
    private final Clock clock;
    private final AnonymisedDescriptionIntake anonymised;

    ConcernValidation(Clock clock, AnonymisedDescriptionIntake anonymised) {
        this.clock = clock;
        this.anonymised = anonymised;
    }

    /**
     * @param ownService the reporter's service from their account: the only source service they may
     *                   register under (a different one in the command is refused)
     * @return the subject's birth date (given, or derived from the national id), or null
     */
    LocalDate validate(RegisterConcern.Command command, ServiceUnit ownService) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate birthDate = subject(command.subject(), problems);
        require(command.category() != null, "category", "intake.error.category.required", problems);
        text(command.description(), "description", DESCRIPTION_MAX, problems);
        reporterService(command.reporterService(), ownService, problems);
        require(command.subjectInformed() != null, "subjectInformed", "intake.error.subjectInformed.required", problems);
        require(command.consentToShare() != null, "consentToShare", "intake.error.consentToShare.required", problems);
        require(command.acuteDanger() != null, "acuteDanger", "intake.error.acuteDanger.required", problems);
        anonymisedDescription(command, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return birthDate;
    }

    /** The optional text for anonymised discussion: checked by sharing's detector, confirmed by the reporter. */
    private void anonymisedDescription(RegisterConcern.Command command, List<FieldProblem> problems) {
        if (!command.hasAnonymisedDescription()) {
            return;
        }
        try {
            anonymised.check(command.anonymisedDescription(), command.anonymisedConfirmed(), command.typedSubject());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
    }

    private static void reporterService(ServiceUnit given, ServiceUnit own, List<FieldProblem> problems) {
        if (given != null && given != own) {
            problems.add(new FieldProblem("reporterService", "intake.error.reporterService.notOwn"));
        } else {
            require(REPORTING_SERVICES.contains(own), "reporterService", "intake.error.reporterService.municipal",
                    problems);
        }
    }

    private LocalDate subject(RegisterConcern.Subject subject, List<FieldProblem> problems) {
        if (subject == null) {
            problems.add(new FieldProblem("subject.name", "intake.error.subject.required"));
            return null;
        }
        boolean hasIdentity = !blank(subject.name()) || subject.birthDate() != null || !blank(subject.nationalId());
        if (subject.anonymous()) {
            require(!hasIdentity, "subject.anonymous", "intake.error.subject.anonymousWithIdentity", problems);
            return null;
        }
        text(subject.name(), "subject.name", NAME_MAX, problems);
        return birthDate(subject, problems);
    }

    private LocalDate birthDate(RegisterConcern.Subject subject, List<FieldProblem> problems) {
        LocalDate given = subject.birthDate();
        if (given != null && (given.isAfter(LocalDate.now(clock)) || given.getYear() < 1900)) {
            problems.add(new FieldProblem("subject.birthDate", "intake.error.subject.birthDate.range"));
            return null;
        }
        if (blank(subject.nationalId())) {
            require(given != null, "subject.nationalId", "intake.error.subject.identityMissing", problems);
            return given;
        }
        LocalDate encoded = NationalIdNumber.birthDate(subject.nationalId().strip()).orElse(null);
        require(encoded != null, "subject.nationalId", "intake.error.subject.nationalId.invalid", problems);
        require(encoded == null || given == null || encoded.equals(given),
                "subject.birthDate", "intake.error.subject.birthDate.mismatch", problems);
        return encoded != null ? encoded : given;
    }

    private static void text(String value, String field, int max, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "intake.error." + field + ".required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "intake.error." + field + ".tooLong"));
        }
    }

    private static void require(boolean ok, String field, String key, List<FieldProblem> problems) {
        if (!ok) {
            problems.add(new FieldProblem(field, key));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
