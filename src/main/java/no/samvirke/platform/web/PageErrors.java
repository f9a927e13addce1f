package no.samvirke.platform.web;

import no.samvirke.platform.ConflictException;
import no.samvirke.platform.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of a module's page controllers: a case or task one may not see (or that does not
 * exist) → the 404 page, a conflict or a concurrent change → the 409 page. A module picks its
 * controllers with a subclass, {@code @ControllerAdvice(assignableTypes = {...}) class XPageErrors
 * extends PageErrors}; everything else on pages is {@link PageErrorHandler}'s.
 */
public abstract class PageErrors {

    private final boolean showsConflictReason;

    /**
     * @param showsConflictReason whether the 409 page explains a {@link ConflictException} with its
     *                            message key, or says only that someone else was first
     */
    protected PageErrors(boolean showsConflictReason) {
        this.showsConflictReason = showsConflictReason;
    }

    @ExceptionHandler(NotFoundException.class)
    public ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    public ModelAndView conflict(ConflictException conflict) {
        ModelAndView page = concurrentChange();
        if (showsConflictReason) {
            page.addObject("conflictKey", conflict.messageKey());
        }
        return page;
    }

    @ExceptionHandler({OptimisticLockingFailureException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    public ModelAndView concurrentChange() {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }
}
