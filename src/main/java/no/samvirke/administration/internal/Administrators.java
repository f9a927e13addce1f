package no.samvirke.administration.internal;

import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The administration pages and API are for administrators alone; everyone else gets 403. */
@Component
public class Administrators {

    private final Users users;

    Administrators(Users users) {
        this.users = users;
    }

    public CurrentUser require() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Administrators only");
        }
        return user;
    }
}
