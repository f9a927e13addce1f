package no.samvirke.notification.web;

import no.samvirke.notification.NotificationType;
import no.samvirke.notification.internal.NotificationLog;
import no.samvirke.notification.internal.NotificationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Varslinger": the handoff log with its filters; htmx requests get the table only. */
@Controller
@RequestMapping("/varslinger")
class NotificationPageController {

    private final NotificationLog log;
    private final no.samvirke.identity.Users users;

    NotificationPageController(NotificationLog log, no.samvirke.identity.Users users) {
        this.log = log;
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
}
