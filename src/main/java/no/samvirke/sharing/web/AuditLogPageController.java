package no.samvirke.sharing.web;

import java.util.LinkedHashMap;
import java.util.Map;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.sharing.AuditPage;
import no.samvirke.sharing.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's page: chain verification on a full load, and a filter form whose
 * results are a fragment for htmx and part of the page without JS (plain GET).
 */
@Controller
class AuditLogPageController {

    static final String PATH = "/personvern/revisjonslogg";
    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final PrivacyOfficers privacyOfficers;

    AuditLogPageController(AuditTrail trail, PrivacyOfficers privacyOfficers) {
        this.trail = trail;
        this.privacyOfficers = privacyOfficers;
    }

    @GetMapping(PATH)
    String show(@ModelAttribute("filter") AuditFilterForm filter, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        privacyOfficers.require();
        try {
            AuditPage result = trail.entries(filter.toQuery(), page, PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("rows", result.entries().stream().map(AuditRow::of).toList());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            model.addAttribute("fieldErrors", errors);
        }
        if (htmx != null) {
            return "sharing/audit-log :: search";
        }
        model.addAttribute("verification", trail.verify());
        return "sharing/audit-log";
    }
}
