package no.samvirke.identity;

import java.util.List;
import java.util.Optional;

/** Read access to users and municipalities for the other modules. */
public interface Users {

    /** The signed-in user; fails if nobody is signed in. */
    CurrentUser current();

    Optional<CurrentUser> find(String username);

    Municipality municipality(String code);

    List<Municipality> municipalities();

    /** Usernames of the administrators (they operate Camunda Cockpit and Admin). */
    List<String> administrators();
}
