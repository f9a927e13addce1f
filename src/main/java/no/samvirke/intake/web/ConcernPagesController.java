package no.samvirke.intake.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import no.samvirke.intake.AnonymisedDescriptionIntake;
import no.samvirke.intake.Category;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.intake.internal.RegisterConcern;
import no.samvirke.intake.internal.ReporterConcerns;
import no.samvirke.intake.internal.WriteAnonymisedDescription;
import no.samvirke.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "Meld bekymring" and "Mine bekymringer" for frontline staff. */
@Controller
@RequestMapping("/bekymringer")
class ConcernPagesController {

    private final RegisterConcern register;
    private final ReporterConcerns reporterConcerns;
    private final Users users;
    private final AnonymisedDescriptionIntake anonymised;
    private final WriteAnonymisedDescription writeAnonymised;

    ConcernPagesController(RegisterConcern register, ReporterConcerns reporterConcerns, Users users,
                           AnonymisedDescriptionIntake anonymised, WriteAnonymisedDescription writeAnonymised) {
        this.anonymised = anonymised;
        this.writeAnonymised = writeAnonymised;
        this.register = register;
        this.reporterConcerns = reporterConcerns;
        this.users = users;
    }

    @GetMapping
    String mine(Model model) {
        requireFrontline();
        model.addAttribute("concerns", reporterConcerns.reportedBy(users.current().username()));
        return "intake/list";
    }

    @GetMapping("/ny")
    String form(Model model) {
        requireFrontline();
        return form(model, ConcernForm.empty(), Map.of());
    }

    @PostMapping("/ny")
    String submit(@ModelAttribute ConcernForm form, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        try {
            if (form.birthDateUnreadable()) {
                throw InvalidInputException.of("subject.birthDate", "intake.error.subject.birthDate.format");
            }
            ConcernSummary created = register.handle(form.toCommand(), users.current());
            return "redirect:/bekymringer/" + created.id() + "?ny";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String text = form.anonymisedDescription();
            if (text != null && !text.isBlank()) {
                model.addAttribute("anonymisedMarks", MarkedText.of(text, anonymised.findings(text, form.typedSubject())));
            }
            return form(model, form, errors);
        }
    }

    @GetMapping("/{id}")
    String one(@PathVariable String id, Model model) {
        return detail(parse(id), model, null, false, Map.of());
    }

    /** The reporter writes the text for anonymised discussion after registering (ADR 0021). */
    @PostMapping("/{id}/anonym-beskrivelse")
    String writeAnonymised(@PathVariable String id, @RequestParam(name = AnonymisedDescriptionIntake.FIELD,
                                   required = false) String text,
                           @RequestParam(name = AnonymisedDescriptionIntake.CONFIRM_FIELD, required = false) String confirm,
                           Model model, jakarta.servlet.http.HttpServletResponse response) {
        UUID concernId = parse(id);
        boolean confirmed = "true".equals(confirm);
        try {
            writeAnonymised.handle(concernId, text, confirmed, users.current());
            return "redirect:/bekymringer/" + concernId + "?anonymisert";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            if (text != null && !text.isBlank()) {
                model.addAttribute("anonymisedMarks",
                        MarkedText.of(text, writeAnonymised.findings(concernId, text, users.current())));
            }
            return detail(concernId, model, text, confirmed, errors);
        }
    }

    private String detail(UUID concernId, Model model, String text, boolean confirmed, Map<String, String> errors) {
        model.addAttribute("concern", reporterConcerns.forReporter(concernId, users.current().username()));
        model.addAttribute("anonymisedWritten", writeAnonymised.written(concernId, users.current()));
        model.addAttribute("anonymisedText", text);
        model.addAttribute("anonymisedConfirmed", confirmed);
        model.addAttribute("errors", errors);
        return "intake/detail";
    }

    private String form(Model model, ConcernForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Category.values());
        // shown, not chosen: the source service comes from the account (RegisterConcern refuses another)
        model.addAttribute("ownService", users.current().service());
        return "intake/form";
    }

    /** "Meld bekymring" and "Mine bekymringer" are for frontline staff; the use case checks the POST. */
    private void requireFrontline() {
        if (!users.current().hasRole(Role.FRONTLINE)) {
            throw new AccessDeniedException("frontline staff only");
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
