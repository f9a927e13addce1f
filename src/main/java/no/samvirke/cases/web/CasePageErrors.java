package no.samvirke.cases.web;

import no.samvirke.platform.web.PageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The conversion and resource-person pages: unknown or forbidden case → 404 page, conflict → 409 page with its reason. */
@ControllerAdvice(assignableTypes = {ConversionPageController.class, ResourcePersonPageController.class})
class CasePageErrors extends PageErrors {

    CasePageErrors() {
        super(true);
    }
}
