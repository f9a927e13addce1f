package no.samvirke.catalogue.web;

import java.nio.charset.StandardCharsets;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.Plans;
import no.samvirke.catalogue.internal.StatusReport;
import no.samvirke.catalogue.internal.StatusReportCsv;
import no.samvirke.catalogue.internal.StatusReportPdf;
import java.util.Locale;
import org.springframework.context.MessageSource;
import no.samvirke.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's status report for a period: page and CSV download. */
@Controller
class ReportController {

    private final Plans plans;
    private final MessageSource messages;

    ReportController(Plans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/tiltak/{planId}/rapport")
    String page(@PathVariable String planId, @RequestParam(required = false) String period, Model model) {
        model.addAttribute("report", report(planId, period));
        return "catalogue/report";
    }

    @GetMapping("/tiltak/{planId}/rapport.csv")
    ResponseEntity<byte[]> csv(@PathVariable String planId, @RequestParam(required = false) String period) {
        StatusReport report = report(planId, period);
        return download(StatusReportCsv.write(report).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), fileName(report, "csv"));
    }

    @GetMapping("/tiltak/{planId}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String planId, @RequestParam(required = false) String period,
            Locale locale) {
        StatusReport report = report(planId, period);
        byte[] pdf = StatusReportPdf.write(report, (key, args) -> messages.getMessage(key, args, locale));
        return download(pdf, MediaType.APPLICATION_PDF, fileName(report, "pdf"));
    }

    StatusReport report(String planId, String period) {
        Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan"));
        return StatusReport.of(plan, period == null || period.isBlank() ? CatalogueController.latestPeriod(plan)
                : period);
    }

    static String fileName(StatusReport report, String extension) {
        return "statusrapport-" + report.plan().id() + "-" + report.period().replaceAll("[^0-9A-Za-z-]", "")
                + "." + extension;
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString()).body(body);
    }
}
