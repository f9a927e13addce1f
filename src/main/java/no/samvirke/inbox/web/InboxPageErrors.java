package no.samvirke.inbox.web;

import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The inbox pages answer a task one may not see with 404 and a conflict with the 409 page. */
@ControllerAdvice(assignableTypes = {InboxPageController.class, TaskPageController.class})
class InboxPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException conflict) {
        ModelAndView page = new ModelAndView("error/409", HttpStatus.CONFLICT);
        page.addObject("conflict", conflict.messageKey());
        return page;
    }

    @ExceptionHandler({OptimisticLockingFailureException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ModelAndView concurrentChange() {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }
}
