package no.samvirke.intake;

import java.time.LocalDate;
import no.samvirke.identity.CurrentUser;

/**
 * Cases for the notification routine: opens a case (origin "notification") when a notification
 * reaches a municipality where its receiver may see no case of the person identified. Opening does not start concern handling: the follow-up the routine starts runs on the
 * case id instead. The identity goes in; only ids and the non-personal summary come out.
 * Finding the person's existing cases is a disclosure and is the sharing module's
 * ({@code NotificationCaseLinks}, on {@code personal.PersonCases}).
 */
public interface NotificationCases {

    /** The person a notification is about: a name and a national id or a birth date. */
    record Person(String name, LocalDate birthDate, String nationalId) {
    }

    /** Opens a case about the person in the municipality, recorded as opened by {@code openedBy}. */
    ConcernSummary open(String municipalityCode, Person person, CurrentUser openedBy);
}
