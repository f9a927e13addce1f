package no.samvirke.inbox.web;

import no.samvirke.platform.web.PageErrors;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The inbox pages answer a task one may not see with 404 and a conflict with the 409 page ("someone was first"). */
@ControllerAdvice(assignableTypes = {InboxPageController.class, TaskPageController.class})
class InboxPageErrors extends PageErrors {

    InboxPageErrors() {
        super(false);
    }
}
