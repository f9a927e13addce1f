package no.samvirke.catalogue.api;

import no.samvirke.catalogue.internal.ErrorTexts;
import no.samvirke.catalogue.internal.UploadedFile;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samvirke.catalogue.Plan;
import no.samvirke.catalogue.internal.InvalidPlanFileException;
import no.samvirke.catalogue.internal.PlanAuthority;
import no.samvirke.catalogue.internal.UploadPlan;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Adds a plan from a YAML file (raw body or multipart part {@code file}); SLT coordinator and admin. */
@RestController
class PlanUploadApiController {

    private final UploadPlan upload;
    private final Users users;
    private final MessageSource messages;

    PlanUploadApiController(UploadPlan upload, Users users, MessageSource messages) {
        this.upload = upload;
        this.users = users;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Plan> multipart(@RequestParam("file") MultipartFile file) throws IOException {
        CurrentUser user = users.current();
        UploadedFile.checkMayUpload(user);
        return answer(upload.upload(file.getOriginalFilename(), UploadedFile.read(file.getInputStream()), user));
    }

    @PostMapping("/api/v1/plans")
    ResponseEntity<Plan> body(HttpServletRequest request) throws IOException {
        CurrentUser user = users.current();
        UploadedFile.checkMayUpload(user);
        return answer(upload.upload("upload.yaml", UploadedFile.read(request.getInputStream()), user));
    }

    private static ResponseEntity<Plan> answer(UploadPlan.Result result) {
        Plan plan = result.plan().withoutMeasures();
        return result.created()
                ? ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan)
                : ResponseEntity.ok().location(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    @ExceptionHandler(InvalidPlanFileException.class)
    ProblemDetail invalid(InvalidPlanFileException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "catalogue.upload.invalid", locale);
        List<Map<String, Object>> errors = e.errors().stream().map(error -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", error.field());
            entry.put("line", error.line());
            entry.put("message", ErrorTexts.message(error, messages, locale));
            return entry;
        }).toList();
        problem.setProperty("errors", errors);
        if (e.moreErrors() > 0) {
            problem.setProperty("moreErrors", Map.of("count", e.moreErrors(),
                    "message", messages.getMessage("catalogue.upload.moreErrors", new Object[] {e.moreErrors()}, locale)));
        }
        return problem;
    }

    @ExceptionHandler(PlanAuthority.OtherMunicipalityException.class)
    ProblemDetail otherMunicipality(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, PlanAuthority.OtherMunicipalityException.MESSAGE_KEY, locale);
    }

    @ExceptionHandler(UploadedFile.TooLargeException.class)
    ProblemDetail tooLarge(Locale locale) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "catalogue.upload.tooLarge", locale);
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        return problem;
    }
}
