package no.samvirke.intake.internal;

import java.time.Clock;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.NotificationCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link NotificationCases} on the concern table. Publishes no {@code ConcernRegistered}: no concern handling. */
@Service
class DefaultNotificationCases implements NotificationCases {

    static final String DESCRIPTION = "Sak opprettet fra varsel i varslingsrutinen (utreise, hjemkomst eller dødsfall).";

    private final ConcernRepository concerns;
    private final ConcernReferences references;
    private final Users users;
    private final Clock clock;

    DefaultNotificationCases(ConcernRepository concerns, ConcernReferences references, Users users, Clock clock) {
        this.concerns = concerns;
        this.references = references;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ConcernSummary open(String municipalityCode, Person person, CurrentUser openedBy) {
        RegisterConcern.Command command = new RegisterConcern.Command(
                new RegisterConcern.Subject(false, person.name(), person.birthDate(), person.nationalId()),
                Category.TRAVEL_TO_CONFLICT_AREA, DESCRIPTION, openedBy.service(), false, false, false);
        String reference = references.next(users.municipality(municipalityCode));
        Concern concern = new Concern(UUID.randomUUID(), reference, municipalityCode, openedBy.username(), command,
                openedBy.service(), person.birthDate(), clock.instant());
        concern.openedFromNotification();
        return concerns.save(concern).summary();
    }
}
