package no.samvirke.platform.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samvirke.platform.ConflictException;
import no.samvirke.platform.DatabaseOutage;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the JSON API as {@code application/problem+json}, in the user's language,
 * with one entry per field for bad input, 409 for conflicts, and never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", text(e, locale))).toList();
        return ResponseEntity.badRequest().body(invalid(errors, locale));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyTooLargeException.isCause(ex)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "problem.tooLarge", org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        Locale locale = request.getLocale();
        String field = ex.getCause() instanceof MismatchedInputException mismatch
                ? mismatch.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> a + "." + b).orElse("body")
                : "body";
        String message = messages.getMessage(field.equals("body") ? "problem.body.unreadable" : "problem.field.wrongType",
                null, locale);
        return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", field, "message", message)), locale));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType", request.getLocale());
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex, Locale locale) {
        List<Map<String, String>> errors = ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), null, locale)))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors, locale));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound", locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden", locale);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.conflict", locale);
        problem.setDetail(messages.getMessage(ex.messageKey(), null, locale));
        return problem;
    }

    @ExceptionHandler({OptimisticLockingFailureException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ProblemDetail concurrentChange(Locale locale) {
        return problem(HttpStatus.CONFLICT, "problem.conflict", locale);
    }

    /** Others held the rows too long (lock timeout, deadlock): nothing was stored, try again. */
    @ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(Exception ex, Locale locale) {
        log.warn("Lock not obtained in time during an API request: {}", ex.getClass().getName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.busy", locale));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale) {
        if (RequestBodyTooLargeException.isCause(ex)) {
            // the body was read past the limit outside the message converters (ApiBodyLimitFilter)
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "problem.tooLarge", locale));
        }
        if (DatabaseOutage.isCause(ex)) {
            return databaseUnavailable(ex, locale);
        }
        // Only the type and where: an exception message may quote personal data.
        log.error("Unexpected error in API request: {} at {}", ex.getClass().getName(),
                ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : "unknown");
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal", locale));
    }

    /** The database cannot be reached: 503, try again shortly; nothing of the request was stored. */
    private ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex, Locale locale) {
        log.warn("Database unavailable during an API request: {}", ex.getClass().getName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutageFilter.RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", locale));
    }

    private ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        return problem;
    }

    private String text(MessageSourceResolvable resolvable, Locale locale) {
        return messages.getMessage(resolvable, locale);
    }
}
