package no.samvirke.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.samvirke.identity.Directory;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A refused change on an administration page: the page again, with the reason in the user's language in
 * the error summary (field {@code field}), and the status an API client would get (400, 403, 409).
 * Anything else (404 among them) goes on to the ordinary error pages.
 */
@Component
class AdminFailures {

    private final MessageSource messages;

    AdminFailures(MessageSource messages) {
        this.messages = messages;
    }

    /** True if {@code e} was a refusal and is now on the model; false if the caller must rethrow it. */
    boolean show(RuntimeException e, String field, Model model, HttpServletResponse response, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        HttpStatus status;
        if (e instanceof Directory.SelfAdministrationException) {
            status = HttpStatus.FORBIDDEN;
            errors.put(field, text("admin.error.self", locale));
        } else if (e instanceof ConflictException c) {
            status = HttpStatus.CONFLICT;
            errors.put(field, text(c.messageKey(), locale));
        } else if (e instanceof InvalidInputException i) {
            status = HttpStatus.BAD_REQUEST;
            i.problems().forEach(p -> errors.put(p.field(), text(p.messageKey(), locale)));
        } else if (e instanceof IllegalArgumentException) {
            status = HttpStatus.BAD_REQUEST;
            errors.put(field, text(key(e), locale));
        } else if (e instanceof IllegalStateException) {
            status = HttpStatus.CONFLICT;
            errors.put(field, text(key(e), locale));
        } else {
            return false;
        }
        response.setStatus(status.value());
        model.addAttribute("fieldErrors", errors);
        return true;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, messages.getMessage("admin.error.invalid", null, locale), locale);
    }

    private static String key(RuntimeException e) {
        return e.getMessage() != null && e.getMessage().startsWith("admin.") ? e.getMessage() : "admin.error.invalid";
    }
}
