package no.samvirke.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.intake.Concerns;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.cases.internal.GrantResourceAccess;
import no.samvirke.sharing.CaseResourcePersons;
import no.samvirke.sharing.ResourceAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resource persons: a kjernegruppe member grants access ({@code /saker/{id}/ressursperson}); the
 * resource person accepts the confidentiality declaration ({@code /saker/{id}/taushetserklaering})
 * before the case opens for them.
 */
@Controller
class ResourcePersonPageController {

    /** The declaration's version: its text key, recorded with the acceptance. */
    static final String DECLARATION_KEY = "review.resource.declaration.v1";

    private final Users users;
    private final GrantResourceAccess grant;
    private final CaseResourcePersons resourcePersons;
    private final Concerns concerns;
    private final MessageSource messages;

    ResourcePersonPageController(Users users, GrantResourceAccess grant, CaseResourcePersons resourcePersons,
                                 Concerns concerns, MessageSource messages) {
        this.users = users;
        this.grant = grant;
        this.resourcePersons = resourcePersons;
        this.concerns = concerns;
        this.messages = messages;
    }

    @GetMapping("/saker/{id}/ressursperson")
    String grantForm(@PathVariable UUID id, Model model) {
        return grantPage(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/saker/{id}/ressursperson")
    String grant(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> parameters, Model model,
                 RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Map<String, Object> input = PageForms.single(parameters);
        try {
            grant.handle(new GrantResourceAccess.Command(id, input, users.current()));
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return grantPage(id, PageForms.errors(invalid, messages, locale), input, model);
        }
        redirect.addFlashAttribute("flash", "review.resource.granted");
        return "redirect:/saker/" + id;
    }

    @GetMapping("/saker/{id}/taushetserklaering")
    String declaration(@PathVariable UUID id, Model model) {
        ResourceAccess access = resourcePersons.accessNow(CaseId.of(id), users.current())
                .orElseThrow(() -> new NotFoundException("case"));
        if (access == ResourceAccess.ACTIVE) {
            return "redirect:/saker/" + id;
        }
        model.addAttribute("caseId", id);
        model.addAttribute("reference", concerns.summary(id).orElseThrow(() -> new NotFoundException("case")).reference());
        model.addAttribute("declarationKey", DECLARATION_KEY);
        return "cases/declaration";
    }

    @PostMapping("/saker/{id}/taushetserklaering")
    String accept(@PathVariable UUID id) {
        CurrentUser user = users.current();
        resourcePersons.accessNow(CaseId.of(id), user).filter(ResourceAccess.AWAITING_DECLARATION::equals)
                .orElseThrow(() -> new NotFoundException("case"));
        resourcePersons.acceptDeclaration(CaseId.of(id), user, DECLARATION_KEY);
        return "redirect:/saker/" + id;
    }

    private String grantPage(UUID id, Map<String, String> errors, Map<String, Object> input, Model model) {
        grant.checkAllowed(id, users.current());
        model.addAttribute("caseId", id);
        model.addAttribute("reference", concerns.summary(id).orElseThrow(() -> new NotFoundException("case")).reference());
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("formInput", input);
        return "cases/resource-person";
    }
}
