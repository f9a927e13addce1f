package no.samvirke.audit.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.samvirke.audit.AuditPage;
import no.samvirke.audit.AuditTrail;
import no.samvirke.audit.ChainVerification;
import no.samvirke.audit.Disclosure;
import no.samvirke.audit.web.AuditExport;
import no.samvirke.audit.web.AuditFilterForm;
import no.samvirke.audit.web.PrivacyOfficers;
import no.samvirke.platform.CaseId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for the privacy officer: chain verification, a filtered and paged list, the
 * CSV export and a case's disclosure log. Everyone else gets 403.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditTrail trail;
    private final PrivacyOfficers privacyOfficers;
    private final AuditExport export;

    AuditApiController(AuditTrail trail, PrivacyOfficers privacyOfficers, AuditExport export) {
        this.trail = trail;
        this.privacyOfficers = privacyOfficers;
        this.export = export;
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        privacyOfficers.require();
        return trail.verify();
    }

    /** {@code from}/{@code to}: yyyy-MM-dd (whole days, Norwegian time) or an ISO instant. */
    @GetMapping
    AuditPage list(@RequestParam(required = false) String caseId, @RequestParam(required = false) String username,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return trail.entries(new AuditFilterForm(caseId, username, from, to).toQuery(), privacyOfficers.require(),
                page, size);
    }

    /** The whole filtered trail as CSV, oldest first; the export is itself audited. */
    @GetMapping(value = "/export", produces = "text/csv")
    void export(@RequestParam(required = false) String caseId, @RequestParam(required = false) String username,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        export.csv(new AuditFilterForm(caseId, username, from, to), privacyOfficers.require(), response);
    }

    /** The disclosure log of one case: who received what identified, when and on which basis. */
    @GetMapping("/disclosures")
    List<Disclosure> disclosures(@RequestParam(required = false) String caseId) {
        var officer = privacyOfficers.require();
        return trail.disclosures(CaseId.of(AuditFilterForm.requiredCaseId(caseId)), officer);
    }
}
