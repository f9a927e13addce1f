package no.samvirke.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.platform.WorkingDays;
import no.samvirke.sharing.consent.ConsentForm;
import no.samvirke.sharing.consent.ConsentGiver;
import no.samvirke.sharing.consent.Consents;
import no.samvirke.sharing.consent.RecipientCategory;
import no.samvirke.sharing.consent.Withdrawal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** "Samtykke": the consents of a case, a form to record one, and a withdrawal form per active consent. */
@Controller
@RequestMapping("/saker/{id}/samtykke")
class ConsentPageController {

    private final Consents consents;
    private final Users users;
    private final Clock clock;

    ConsentPageController(Consents consents, Users users, Clock clock) {
        this.consents = consents;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        return page(id, users.current(), ConsentPageForm.startingOn(LocalDate.now(clock.withZone(WorkingDays.OSLO))),
                Map.of(), model);
    }

    @PostMapping
    String record(@PathVariable UUID id, @ModelAttribute ConsentPageForm form, Model model,
                  HttpServletResponse response) {
        CurrentUser user = users.current();
        try {
            consents.record(id, form.toCommand(), user, "page:consent:record");
            return "redirect:/saker/" + id + "/samtykke?registrert";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, user, form, errors(e), model);
        } catch (AccessDeniedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("recordForbidden", true);
            return page(id, user, form, Map.of(), model);
        }
    }

    @PostMapping("/{consentId}/tilbakekall")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        CurrentUser user = users.current();
        try {
            consents.withdraw(id, consentId, new Withdrawal(reason, version), user, "page:consent:withdraw");
            return "redirect:/saker/" + id + "/samtykke?tilbakekalt";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("withdrawError", consentId);
            model.addAttribute("withdrawErrorKey", e.problems().get(0).messageKey());
            return page(id, user, ConsentPageForm.startingOn(LocalDate.now(clock.withZone(WorkingDays.OSLO))),
                    Map.of(), model);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String page(UUID id, CurrentUser user, ConsentPageForm form, Map<String, String> errors, Model model) {
        model.addAttribute("list", consents.list(id, user, "page:consents"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("recipientCategories", RecipientCategory.values());
        model.addAttribute("givers", ConsentGiver.values());
        model.addAttribute("forms", ConsentForm.values());
        model.addAttribute("caseZone", WorkingDays.OSLO);
        return "cases/consent";
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        return errors;
    }
}
