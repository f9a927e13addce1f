package no.samvirke.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.audit.AuditPage;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's page: chain verification on a full load, and a filter form whose
 * results are a fragment for htmx and part of the page without JS (plain GET). With a case id,
 * the case's disclosure log is shown too; the CSV export takes the same filter.
 */
@Controller
class AuditLogPageController {

    static final String PATH = "/personvern/revisjonslogg";
    static final String EXPORT_PATH = PATH + "/eksport";
    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final PrivacyOfficers privacyOfficers;
    private final AuditExport export;

    AuditLogPageController(AuditTrail trail, PrivacyOfficers privacyOfficers, AuditExport export) {
        this.trail = trail;
        this.privacyOfficers = privacyOfficers;
        this.export = export;
    }

    @GetMapping(PATH)
    String show(@ModelAttribute("filter") AuditFilterForm filter, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var officer = privacyOfficers.require();
        try {
            AuditQuery query = filter.toQuery();
            AuditPage result = trail.entries(query, officer, page, PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("rows", result.entries().stream().map(AuditRow::of).toList());
            if (query.caseId() != null) {
                model.addAttribute("disclosures", trail.disclosures(CaseId.of(query.caseId()), officer).stream()
                        .map(DisclosureRow::of).toList());
            }
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
            model.addAttribute("fieldErrors", errors);
        }
        if (htmx != null) {
            return "audit/audit-log :: search";
        }
        model.addAttribute("verification", trail.verify());
        return "audit/audit-log";
    }

    /** The CSV download behind the page's link (signed-in session; the API has its own). */
    @GetMapping(EXPORT_PATH)
    ResponseEntity<Void> export(@ModelAttribute("filter") AuditFilterForm filter, HttpServletResponse response)
            throws IOException {
        var officer = privacyOfficers.require();
        try {
            export.csv(filter, officer, response);
            return null;    // streamed: the response is written
        } catch (InvalidInputException e) {
            // Back to the page, which shows the problems next to the fields.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder.fromPath(PATH)
                    .queryParam("caseId", filter.caseId()).queryParam("username", filter.username())
                    .queryParam("from", filter.from()).queryParam("to", filter.to()).encode().build().toUri()).build();
        }
    }
}
