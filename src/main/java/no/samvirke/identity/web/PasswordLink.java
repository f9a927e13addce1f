package no.samvirke.identity.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code localAccount} for the layout's "Bytt passord" link: true when the person signed in with a password. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PasswordLink {

    @ModelAttribute("localAccount")
    boolean localAccount(Authentication user) {
        return user instanceof UsernamePasswordAuthenticationToken && user.isAuthenticated();
    }
}
