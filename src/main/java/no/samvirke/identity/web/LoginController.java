package no.samvirke.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** Where a person signed in through a provider waits for an administrator ("du har ikke tilgang ennå"). */
    static final String NO_ACCESS_YET = "/ingen-tilgang";

    private static final int MAX_SHOWN_MINUTES = 24 * 60;

    /** A "Logg inn med …" button: the registration id (the link) and the provider's client-name. */
    record Provider(String id, String name) {
    }

    private final List<Provider> providers;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    /**
     * {@code ?error}: the sign-in failed; {@code ?throttled=N}: it was refused by the throttle, try
     * again in N minutes (ADR 0022); {@code ?deactivated}: the account is deactivated (at sign-in or
     * since); {@code ?ssoError}: the provider's sign-in did not succeed. The form is described by the
     * message shown. One button per single sign-on provider.
     */
    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "throttled", required = false) String throttled,
            @RequestParam(name = "deactivated", required = false) String deactivated,
            @RequestParam(name = "ssoError", required = false) String ssoError, Model model) {
        if (throttled != null) {
            model.addAttribute("retryMinutes", minutes(throttled));
            model.addAttribute("describedBy", "login-throttled");
        } else if (deactivated != null) {
            model.addAttribute("describedBy", "login-deactivated");
        } else if (ssoError != null) {
            model.addAttribute("describedBy", "login-sso-error");
        } else if (error != null) {
            model.addAttribute("describedBy", "login-error");
        }
        model.addAttribute("providers", providers);
        return "login";
    }

    /** Signed in through a provider, no access yet: an administrator must give it. */
    @GetMapping(NO_ACCESS_YET)
    String noAccessYet(Authentication authentication) {
        // someone who has access has nothing to wait for here
        if (authentication != null && authentication.getPrincipal() instanceof SamvirkePrincipal principal
                && principal.user() != null) {
            return "redirect:/";
        }
        return "no-access-yet";
    }

    private static int minutes(String value) {
        try {
            return Math.min(MAX_SHOWN_MINUTES, Math.max(1, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
