package no.samvirke.audit.web;

import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The audit trail is for the privacy officer alone; everyone else gets 403. */
@Component
public class PrivacyOfficers {

    private final Users users;

    PrivacyOfficers(Users users) {
        this.users = users;
    }

    public CurrentUser require() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.PRIVACY_OFFICER)) {
            throw new AccessDeniedException("Privacy officer only");
        }
        return user;
    }
}
