package no.samvirke.sharing.web;

import java.nio.charset.StandardCharsets;
import no.samvirke.identity.CurrentUser;
import no.samvirke.sharing.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The CSV download, for the API and the page alike; the trail records the export itself. */
@Component
class AuditExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditTrail trail;

    AuditExport(AuditTrail trail) {
        this.trail = trail;
    }

    ResponseEntity<String> csv(AuditFilterForm filter, CurrentUser privacyOfficer) {
        String body = AuditCsv.of(trail.export(filter.toQuery(), privacyOfficer));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(AuditCsv.FILENAME).build().toString())
                .body(body);
    }
}
