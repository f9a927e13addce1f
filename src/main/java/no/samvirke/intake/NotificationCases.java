package no.samvirke.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;

/**
 * Cases for the notification routine: finds a municipality's cases about a person, and opens a
 * case (origin "notification") when a notification reaches a municipality where the person has
 * none. Opening does not start concern handling: the follow-up the routine starts runs on the
 * case id instead. The identity goes in; only ids and the non-personal summary come out.
 */
public interface NotificationCases {

    /** The person a notification is about: a name and a national id or a birth date. */
    record Person(String name, LocalDate birthDate, String nationalId) {
    }

    /** Ids of the municipality's cases about this person (same national id, or same name and birth date). */
    List<UUID> casesOf(String municipalityCode, Person person);

    /** Opens a case about the person in the municipality, recorded as opened by {@code openedBy}. */
    ConcernSummary open(String municipalityCode, Person person, CurrentUser openedBy);
}
