package no.samvirke.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CsvWriter;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The CSV download, for the API and the page alike: streamed a page at a time straight to the
 * response, so the whole filtered trail is exported however long it is (no cut-off); the trail
 * records the export itself. The filter is checked before the first byte is written.
 */
@Component
public class AuditExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditTrail trail;

    AuditExport(AuditTrail trail) {
        this.trail = trail;
    }

    /** @throws no.samvirke.platform.InvalidInputException for a bad filter, before anything is written */
    public void csv(AuditFilterForm filter, CurrentUser privacyOfficer, HttpServletResponse response) throws IOException {
        AuditQuery query = filter.toQuery();
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(AuditCsv.FILENAME).build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = AuditCsv.start(out);
        trail.export(query, privacyOfficer, page -> {
            AuditCsv.rows(csv, page);
            csv.flush();
        });
        csv.flush();
    }
}
