package no.samvirke.sharing.consent.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.personal.ConcernRecord;
import no.samvirke.intake.personal.ConcernRecords;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.consent.NewConsent;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a consent must fit on its case: it starts today or later (Norwegian time; a consent is
 * never back-dated to cover what was shared before it) and not before the case was registered,
 * and it is given by whoever processes/consent.dmn names for the person's age at that start. The
 * birth date is read here, inside sharing, and never leaves it.
 */
@Component
public class ConsentChecks {

    private final ConcernRecords records;
    private final ConsentGiverRules rules;

    ConsentChecks(@Lazy ConcernRecords records, ConsentGiverRules rules) {
        this.records = records;
        this.rules = rules;
    }

    /** @return the legal basis of the giver rule that applied; 400 with one problem per field otherwise */
    public String check(ConcernSummary concern, NewConsent consent, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate registered = LocalDate.ofInstant(concern.registeredAt(), WorkingDays.OSLO);
        if (consent.validFrom().isBefore(today)) {
            problems.add(new FieldProblem("validFrom", "sharing.consent.error.backDated"));
        } else if (consent.validFrom().isBefore(registered)) {
            problems.add(new FieldProblem("validFrom", "sharing.consent.error.beforeRegistration"));
        }
        LocalDate birthDate = records.find(concern.id()).map(ConcernRecord::subjectBirthDate).orElse(null);
        ConsentGiverRules.Answer answer = rules.decide(birthDate, consent.validFrom(), concern.reporterService());
        if (answer.givers() == null) {
            problems.add(new FieldProblem("givenBy", "sharing.consent.error.noGiverRule"));
        } else if (answer.givers() != consent.givenBy()) {
            problems.add(new FieldProblem("givenBy", "sharing.consent.error.giver." + answer.givers()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answer.legalBasis();
    }
}
