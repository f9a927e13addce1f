package no.samvirke.sharing.web;

import no.samvirke.sharing.AuditPage;
import no.samvirke.sharing.AuditTrail;
import no.samvirke.sharing.ChainVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the privacy officer: chain verification and a filtered, paged list. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditTrail trail;
    private final PrivacyOfficers privacyOfficers;

    AuditApiController(AuditTrail trail, PrivacyOfficers privacyOfficers) {
        this.trail = trail;
        this.privacyOfficers = privacyOfficers;
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
        privacyOfficers.require();
        return trail.entries(new AuditFilterForm(caseId, username, from, to).toQuery(), page, size);
    }
}
