package no.samvirke.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.samvirke.identity.password.LocalPasswords;
import no.samvirke.identity.password.LocalPasswords.Command;
import no.samvirke.identity.password.LocalPasswords.Outcome;
import no.samvirke.identity.password.LocalPasswords.Result;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /passord}: a local account's owner changes their password. A wrong current password
 * counts in the {@link LoginThrottle} like a failed sign-in, so this page is no way around it. After
 * a change the API forgets the old credentials it had verified and the other sessions are ended.
 */
@Controller
@RequestMapping(PasswordChangeController.PATH)
class PasswordChangeController {

    static final String PATH = "/passord";

    private final LocalPasswords passwords;
    private final LoginThrottle throttle;
    private final ThrottledSignIn signIn;
    private final MessageSource messages;

    PasswordChangeController(LocalPasswords passwords, LoginThrottle throttle, ThrottledSignIn signIn,
                             MessageSource messages) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.signIn = signIn;
        this.messages = messages;
    }

    record PasswordChangeForm(String current, String password, String repeated) {
    }

    @GetMapping
    String form(Authentication user, Model model) {
        return page(user, model, Map.of());
    }

    @PostMapping
    String change(Authentication user, PasswordChangeForm form, HttpServletRequest request,
                  HttpServletResponse response, Model model, Locale locale) {
        if (!passwords.isLocal(user.getName())) {
            return page(user, model, Map.of());
        }
        if (form.current() == null || form.current().isBlank()) {
            // nothing typed is no guess: it is not counted against the account
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, model, Map.of("current", text("password.error.current-missing", locale)));
        }
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(user.getName(), request.getRemoteAddr());
        } catch (LoginThrottledException e) {
            model.addAttribute("retryMinutes", e.retryAfterMinutes());
            return page(user, model, Map.of());
        }
        Result result;
        try {
            result = passwords.handle(new Command(user.getName(), form.current(), form.password(), form.repeated(),
                    request.getSession().getId()));
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (result.outcome() == Outcome.WRONG_CURRENT) {
            attempt.failed();
        } else {
            attempt.succeeded();
        }
        if (result.outcome() == Outcome.CHANGED) {
            signIn.forget(user.getName());
            request.changeSessionId();
            return "redirect:" + PATH + "?endret";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(user, model, errors(result, locale));
    }

    private String page(Authentication user, Model model, Map<String, String> fieldErrors) {
        model.addAttribute("local", passwords.isLocal(user.getName()));
        model.addAttribute("required", passwords.mustChange(user.getName()));
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("minLength", passwords.minLength());
        return "password/change";
    }

    private Map<String, String> errors(Result result, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (result.outcome()) {
            case WRONG_CURRENT -> errors.put("current", text("password.error.wrong-current", locale));
            case NOT_REPEATED -> errors.put("repeated", text("password.error.not-repeated", locale));
            case SAME_AS_CURRENT -> errors.put("password", text("password.error.same", locale));
            case REFUSED -> errors.put("password", messages.getMessage(result.refusal().orElseThrow().messageKey(),
                    new Object[] {passwords.minLength()}, locale));
            default -> { }
        }
        return errors;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
