package no.samvirke.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Administrators' changes to who is who: police districts, municipalities, accounts and
 * memberships. Every method that changes something takes the administrator who does it; nobody
 * may change their own account or memberships ({@link SelfAdministrationException}). Invalid input
 * is an {@link IllegalArgumentException} with a message key ({@code admin.error.*}). Recording the
 * change in the audit trail is the caller's (the administration module's) part.
 */
public interface Directory {

    List<PoliceDistrict> policeDistricts();

    PoliceDistrict addPoliceDistrict(String code, String name, CurrentUser by);

    /** A new municipality joins: code (4 digits), name, a unique reference prefix, its police district. */
    Municipality addMunicipality(Municipality municipality, CurrentUser by);

    /** Name and police district may change; the code and the reference prefix never do. */
    Municipality updateMunicipality(Municipality municipality, CurrentUser by);

    /** All accounts with that status (all when empty), ordered by display name. */
    List<Account> accounts(Optional<AccountStatus> status);

    Optional<Account> account(String username);

    /**
     * A local account (where single sign-on is not used), active, with a one-time password the
     * person must change at the first sign-in. The password is returned once and never stored in clear.
     */
    CreatedLocalAccount createLocalAccount(String username, String displayName, String email, Employment employment,
                                           CurrentUser by);

    /** A pending account gets its employment and is activated; its proposed memberships come into force. */
    Account approve(String username, Employment employment, CurrentUser by);

    /** Takes effect on the next request: the person's sessions and cached credentials are dropped. */
    Account deactivate(String username, CurrentUser by);

    Account reactivate(String username, CurrentUser by);

    /** The person's memberships, current, future, ended and proposed. */
    List<Membership> memberships(String username);

    Membership grant(String username, MembershipGrant grant, CurrentUser by);

    /** The membership ends on {@code lastDay} (today or later; an ended one stays in the history). */
    Membership end(UUID membershipId, LocalDate lastDay, CurrentUser by);

    /** A new local account and its one-time password, shown once to the administrator. */
    record CreatedLocalAccount(Account account, String oneTimePassword) {
    }

    /** An administrator tried to change their own account or memberships. */
    class SelfAdministrationException extends RuntimeException {
        public SelfAdministrationException() {
            super("admin.error.self");
        }
    }
}
