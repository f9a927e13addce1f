package no.samvirke.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.NotFoundException;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.ContactHolds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The case information page ({@code /saker/{id}/opplysninger}) and its forms. htmx requests
 * get the section fragment; plain posts redirect back (or show the page with errors).
 */
@Controller
class InformationPageController {

    private static final String PAGE = "cases/information";
    private static final String FRAGMENT = "cases/information :: section";

    private final CaseInformation information;
    private final ContactHolds holds;
    private final Users users;

    InformationPageController(CaseInformation information, ContactHolds holds, Users users) {
        this.information = information;
        this.holds = holds;
        this.users = users;
    }

    @GetMapping("/saker/{id}/opplysninger")
    String show(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        model.addAttribute("information", section(id, users.current()));
        return htmx != null ? FRAGMENT : PAGE;
    }

    @PostMapping("/saker/{id}/opplysninger")
    String add(@PathVariable UUID id, InformationForm form,
               @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = users.current();
        try {
            information.add(CaseId.of(id), form.toCommand(), user);
        } catch (InvalidInputException e) {
            return invalid(id, user, form, HoldForm.empty(), e, htmx, model);
        }
        return done(id, user, "sharing.information.saved", htmx, model);
    }

    @PostMapping("/saker/{id}/kontaktforbud")
    String setHold(@PathVariable UUID id, HoldForm form,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = users.current();
        try {
            holds.set(CaseId.of(id), form.reason(), form.expiryDate(), user);
        } catch (InvalidInputException e) {
            return invalid(id, user, InformationForm.empty(), form, e, htmx, model);
        }
        return done(id, user, "sharing.contact.saved", htmx, model);
    }

    @PostMapping("/saker/{id}/kontaktforbud/oppheving")
    String release(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        CurrentUser user = users.current();
        holds.release(CaseId.of(id), user);
        return done(id, user, "sharing.contact.released", htmx, model);
    }

    private String done(UUID id, CurrentUser user, String messageKey, String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/saker/" + id + "/opplysninger";
        }
        model.addAttribute("information", section(id, user).saved(messageKey));
        return FRAGMENT;
    }

    private String invalid(UUID id, CurrentUser user, InformationForm form, HoldForm holdForm,
                           InvalidInputException e, String htmx, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        if (holdForm.unreadableDate()) {
            errors.put("expiresOn", "sharing.contact.expiresOn.invalid");
        }
        model.addAttribute("information", section(id, user).withErrors(form, holdForm, errors));
        return htmx != null ? FRAGMENT : PAGE;
    }

    private InformationSection section(UUID id, CurrentUser user) {
        var items = information.list(CaseId.of(id), user, "page:information").orElseThrow(() -> new NotFoundException("case"));
        var hold = holds.view(CaseId.of(id), user).orElseThrow(() -> new NotFoundException("case"));
        return InformationSection.of(id, items, hold, user);
    }
}
