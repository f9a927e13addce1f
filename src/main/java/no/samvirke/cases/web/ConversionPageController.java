package no.samvirke.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.cases.internal.ConvertToNamedCase;
import no.samvirke.sharing.CaseViews;
import no.samvirke.sharing.LegalGround;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /saker/{id}/navngi}: convert an anonymised discussion to a named case on a recorded legal basis. */
@Controller
class ConversionPageController {

    private final Users users;
    private final ConvertToNamedCase convert;
    private final CaseViews caseViews;
    private final MessageSource messages;

    ConversionPageController(Users users, ConvertToNamedCase convert, CaseViews caseViews, MessageSource messages) {
        this.users = users;
        this.convert = convert;
        this.caseViews = caseViews;
        this.messages = messages;
    }

    @GetMapping("/saker/{id}/navngi")
    String form(@PathVariable UUID id, Model model) {
        return page(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/saker/{id}/navngi")
    String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> parameters, Model model,
                  RedirectAttributes redirect, HttpServletResponse response, java.util.Locale locale) {
        Map<String, Object> input = PageForms.single(parameters);
        try {
            convert.handle(new ConvertToNamedCase.Command(id, input, users.current()));
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, PageForms.errors(invalid, messages, locale), input, model);
        }
        redirect.addFlashAttribute("flash", "review.convert.proposed");
        return "redirect:/saker/" + id + "/navngi";
    }

    @PostMapping("/saker/{id}/navngi/bekreft")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        convert.confirm(id, users.current());
        redirect.addFlashAttribute("flash", "review.convert.done");
        return "redirect:/saker/" + id;
    }

    private String page(UUID id, Map<String, String> errors, Map<String, Object> input, Model model) {
        CurrentUser user = users.current();
        convert.checkAllowed(id, user);
        // checkAllowed let a kjernegruppe member of the case through (else 404)
        model.addAttribute("caseView", caseViews.view(CaseId.of(id), user, "page:conversion").orElseThrow());
        model.addAttribute("grounds", List.of(LegalGround.values()));
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("formInput", input);
        model.addAttribute("proposal", convert.pending(id).orElse(null));
        model.addAttribute("caseZone", no.samvirke.platform.WorkingDays.OSLO);
        model.addAttribute("ownProposal", convert.pending(id).map(p -> p.proposedBy().equals(user.username()))
                .orElse(false));
        return "cases/convert";
    }
}
