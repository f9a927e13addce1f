package no.samvirke.review.web;

import no.samvirke.platform.web.PageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The conversion and resource-person pages: unknown or forbidden case → 404 page, conflict → 409 page with its reason. */
@ControllerAdvice(assignableTypes = {ConversionPageController.class, ResourcePersonPageController.class})
class ReviewPageErrors extends PageErrors {

    ReviewPageErrors() {
        super(true);
    }
}
