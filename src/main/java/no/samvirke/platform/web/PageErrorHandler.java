package no.samvirke.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import no.samvirke.platform.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Database and engine errors on pages: the user gets the error page, and the log gets only the
 * type and where — a database message can quote a row with personal data ("Failing row
 * contains …"), so it is never logged. When the database cannot be reached the page says so
 * (503, try again shortly) instead of "something went wrong".
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class,
            jakarta.persistence.PersistenceException.class,
            org.camunda.bpm.engine.ProcessEngineException.class})
    String storageFailure(RuntimeException ex, HttpServletResponse response) {
        if (DatabaseOutage.isCause(ex)) {
            log.warn("Database unavailable during a page request: {}", ex.getClass().getName());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutageFilter.RETRY_AFTER_SECONDS);
            return "error/503";
        }
        log.error("Storage error on a page: {} at {}", ex.getClass().getName(),
                ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "unknown");
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return "error";
    }
}
