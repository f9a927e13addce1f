package no.samvirke.notification.web;

import no.samvirke.notification.registration.RecordNotification;
import no.samvirke.notification.log.NotificationLog;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Municipality;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import no.samvirke.notification.NotificationType;
import no.samvirke.notification.internal.HarmAssessment;
import no.samvirke.notification.internal.NotificationStatus;
import no.samvirke.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Varslinger": the handoff log with its filters (htmx requests get the table only), and
 * "Registrer varsel" for PST, police prevention contacts and SLT coordinators.
 */
@Controller
@RequestMapping("/varslinger")
class NotificationPageController {

    private final NotificationLog log;
    private final RecordNotification record;
    private final Users users;

    NotificationPageController(NotificationLog log, RecordNotification record, Users users) {
        this.log = log;
        this.record = record;
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) NotificationType type,
                @RequestParam(required = false) NotificationStatus status,
                @RequestParam(required = false) Boolean overdue,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("notifications",
                log.list(new NotificationLog.Filter(type, status, overdue), users.current(), "page:notifications"));
        model.addAttribute("types", NotificationType.values());
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        return htmx != null ? "notification/list :: log" : "notification/list";
    }

    @GetMapping("/ny")
    String form(Model model) {
        return form(model, requireRecorder(), NotificationForm.empty(), Map.of());
    }

    @PostMapping("/ny")
    String submit(@ModelAttribute NotificationForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        CurrentUser user = requireRecorder();
        Map<String, String> errors = new LinkedHashMap<>();
        form.dateProblems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        try {
            if (errors.isEmpty()) {
                RecordNotification.Result result = record.handle(form.toCommand(), user);
                redirect.addFlashAttribute("flash", result.duplicate() ? "notification.recorded.duplicate"
                        : "notification.recorded");
                return "redirect:/varslinger";
            }
            record.check(form.toCommand(), user);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, user, form, errors);
    }

    private String form(Model model, CurrentUser user, NotificationForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", NotificationType.values());
        model.addAttribute("municipal", user.agency() == Agency.MUNICIPALITY);
        model.addAttribute("pst", user.hasRole(Role.PST_LIAISON));
        model.addAttribute("harmChoices", new HarmAssessment[] {HarmAssessment.CLEARED, HarmAssessment.PENDING});
        model.addAttribute("municipalities", users.municipalities().stream()
                .filter(m -> user.agency() != Agency.POLICE || user.policeDistrictCode().equals(m.policeDistrictCode()))
                .sorted(Comparator.comparing(Municipality::name)).toList());
        return "notification/form";
    }

    /** The form is for those who may record: PST, police prevention contacts, SLT coordinators. */
    private CurrentUser requireRecorder() {
        CurrentUser user = users.current();
        if (!(user.hasRole(Role.PST_LIAISON) || user.hasRole(Role.POLICE_CONTACT)
                || user.hasRole(Role.SLT_COORDINATOR) && user.municipalityCode() != null)) {
            throw new AccessDeniedException("Only PST, police prevention contacts and SLT coordinators record notifications");
        }
        return user;
    }
}
