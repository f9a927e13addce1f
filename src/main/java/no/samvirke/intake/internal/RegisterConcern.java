package no.samvirke.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.AnonymisedDescriptionIntake;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernRegistered;
import no.samvirke.intake.ConcernSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a concern for a frontline user: validates, stores it with a new reference and
 * publishes {@link ConcernRegistered} in the same transaction (the process starts with it).
 */
@Service
public class RegisterConcern {

    public record Subject(boolean anonymous, String name, LocalDate birthDate, String nationalId) {
    }

    /**
     * {@code reporterService} may be left out: the source service (which selects the legal regime
     * for sharing) is always the signed-in user's own; a different one is refused.
     */
    /**
     * {@code anonymisedDescription} is the optional "Beskrivelse for anonym drøfting" (ADR 0021):
     * when given, the reporter must confirm it ({@code anonymisedConfirmed}) and it must pass the
     * detector of identifying text; it is what viewers at level ANONYMISED read instead of the
     * description.
     */
    public record Command(Subject subject, Category category, String description, ServiceUnit reporterService,
                          Boolean subjectInformed, Boolean consentToShare, Boolean acuteDanger,
                          String anonymisedDescription, boolean anonymisedConfirmed) {

        public Command(Subject subject, Category category, String description, ServiceUnit reporterService,
                       Boolean subjectInformed, Boolean consentToShare, Boolean acuteDanger) {
            this(subject, category, description, reporterService, subjectInformed, consentToShare, acuteDanger,
                    null, false);
        }

        boolean hasAnonymisedDescription() {
            return anonymisedDescription != null && !anonymisedDescription.isBlank();
        }

        AnonymisedDescriptionIntake.Subject typedSubject() {
            return subject == null || subject.anonymous() ? null
                    : new AnonymisedDescriptionIntake.Subject(subject.name(), subject.birthDate(), subject.nationalId());
        }
    }

    private final ConcernRepository concerns;
    private final ConcernReferences references;
    private final ConcernValidation validation;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AnonymisedDescriptionIntake anonymised;

    RegisterConcern(ConcernRepository concerns, ConcernReferences references, ConcernValidation validation,
                    Users users, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
                    AnonymisedDescriptionIntake anonymised) {
        this.anonymised = anonymised;
        this.transaction = new TransactionTemplate(transactions);
        this.concerns = concerns;
        this.references = references;
        this.validation = validation;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the command, takes the next reference in a short transaction of its own (so that
     * registrations in one municipality do not wait for each other's process start), then stores
     * the concern and starts its handling in one transaction. Invalid input takes no number.
     */
    public ConcernSummary handle(Command command, CurrentUser reporter) {
        if (!reporter.hasRole(Role.FRONTLINE) || reporter.municipalityCode() == null) {
            throw new AccessDeniedException("Only frontline staff register concerns");
        }
        LocalDate birthDate = validation.validate(command, reporter.service());
        ServiceUnit service = reporter.service();
        String reference = references.nextOnItsOwn(users.municipality(reporter.municipalityCode()));
        return transaction.execute(status -> store(command, reporter, service, birthDate, reference));
    }

    private ConcernSummary store(Command command, CurrentUser reporter, ServiceUnit service, LocalDate birthDate,
                                 String reference) {
        Concern concern = concerns.save(new Concern(UUID.randomUUID(), reference, reporter.municipalityCode(),
                reporter.username(), command, service, birthDate, clock.instant()));
        ConcernSummary summary = concern.summary();
        if (command.hasAnonymisedDescription()) {
            anonymised.store(summary.id(), command.anonymisedDescription(), reporter, command.typedSubject());
        }
        events.publishEvent(new ConcernRegistered(summary.id(), reference, summary.municipalityCode(), service,
                summary.acuteDanger(), summary.anonymous(), summary.consentToShare()));
        return summary;
    }
}
