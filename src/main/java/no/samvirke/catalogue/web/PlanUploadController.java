package no.samvirke.catalogue.web;

import no.samvirke.catalogue.internal.ErrorTexts;
import no.samvirke.catalogue.internal.UploadedFile;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import no.samvirke.catalogue.internal.InvalidPlanFileException;
import no.samvirke.catalogue.internal.PlanAuthority;
import no.samvirke.catalogue.internal.UploadPlan;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.platform.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;

/** The upload page: a plan file in, the new plan (with a link) or every error with line and field out. */
@Controller
class PlanUploadController {

    private static final String VIEW = "catalogue/upload";

    private final UploadPlan upload;
    private final Users users;
    private final MessageSource messages;

    PlanUploadController(UploadPlan upload, Users users, MessageSource messages) {
        this.upload = upload;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/tiltak/last-opp")
    String form() {
        UploadedFile.checkMayUpload(users.current());
        return VIEW;
    }

    @PostMapping("/tiltak/last-opp")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
            HttpServletResponse response) throws IOException {
        CurrentUser user = users.current();
        UploadedFile.checkMayUpload(user);
        try {
            if (file == null || file.isEmpty()) {
                return rejected(model, response, HttpStatus.BAD_REQUEST, List.of(text("catalogue.upload.noFile", locale)));
            }
            UploadPlan.Result result = upload.upload(file.getOriginalFilename(), UploadedFile.read(file.getInputStream()),
                    user);
            model.addAttribute("plan", result.plan()).addAttribute("created", result.created());
            return VIEW;
        } catch (InvalidPlanFileException e) {
            return rejected(model, response, HttpStatus.BAD_REQUEST, ErrorTexts.lines(e, messages, locale));
        } catch (PlanAuthority.OtherMunicipalityException e) {
            return rejected(model, response, HttpStatus.FORBIDDEN,
                    List.of(text(PlanAuthority.OtherMunicipalityException.MESSAGE_KEY, locale)));
        } catch (UploadedFile.TooLargeException e) {
            return rejected(model, response, HttpStatus.PAYLOAD_TOO_LARGE, List.of(text("catalogue.upload.tooLarge", locale)));
        } catch (ConflictException e) {
            return rejected(model, response, HttpStatus.CONFLICT, List.of(text(e.messageKey(), locale)));
        }
    }

    private String rejected(Model model, HttpServletResponse response, HttpStatus status, List<String> errors) {
        response.setStatus(status.value());
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
