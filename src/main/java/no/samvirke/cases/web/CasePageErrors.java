package no.samvirke.cases.web;

import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The conversion and resource-person pages: unknown or forbidden case → 404 page, conflict → 409 page. */
@ControllerAdvice(assignableTypes = {ConversionPageController.class, ResourcePersonPageController.class})
class CasePageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException conflict) {
        ModelAndView page = new ModelAndView("error/409", HttpStatus.CONFLICT);
        page.addObject("conflictKey", conflict.messageKey());
        return page;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange() {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }
}
