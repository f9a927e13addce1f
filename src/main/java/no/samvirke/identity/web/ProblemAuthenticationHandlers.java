package no.samvirke.identity.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 and 403 on the API as {@code application/problem+json}, in the user's language. When the
 * user could not be looked up at all (the database is unreachable) the answer is 503, not 401:
 * the password was never checked. The login page answers that case with the 503 error page.
 * A sign-in refused by the {@link LoginThrottle} is 429 with {@code Retry-After} on the API and
 * the login page's "too many failed sign-ins" message on the form (ADR 0022).
 */
@Component
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler,
        AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemAuthenticationHandlers(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable");
            return;
        }
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.throttled", throttled.retryAfterMinutes());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Samvirke\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }

    /** Login form: a wrong password goes back to the form; an unreachable database is the 503 page. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException, jakarta.servlet.ServletException {
        if (e instanceof InternalAuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        if (e instanceof LoginThrottledException throttled) {
            // the same page whether or not the username exists (ADR 0022)
            redirects.sendRedirect(request, response, "/login?throttled=" + throttled.retryAfterMinutes());
            return;
        }
        wrongPassword.onAuthenticationFailure(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object... args) throws IOException {
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, args, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
