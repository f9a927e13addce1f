package no.samvirke.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import no.samvirke.platform.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The outermost filter: a database outage that escapes everything else (loading the session,
 * saving it, signing in) becomes 503 — problem+json on the API, a plain 503 page elsewhere — instead
 * of the servlet container's 500. Runs before the session filter, which reads the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** Seconds a client should wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseOutageFilter(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable during a request: {}", e.getClass().getName());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        var locale = locales.resolveLocale(request);
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            page(request, response, locale);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("problem.unavailable", null, locale));
        problem.setTitle(messages.getMessage("problem.unavailable.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The same words as error/503.html, written here without the layout: rendering the layout
     * needs the session (CSRF token), which is in the unreachable database.
     */
    private void page(HttpServletRequest request, HttpServletResponse response, java.util.Locale locale)
            throws IOException {
        String lang = "en".equals(locale.getLanguage()) ? "en" : "nb";
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale));
        String again = HtmlUtils.htmlEscape(messages.getMessage("error.tryAgain", null, locale));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/samvirke.css\"></head>"
                + "<body><main id=\"main\" class=\"narrow\"><h1>" + title + "</h1><p>" + text + "</p><p><a href=\""
                + request.getContextPath() + "/\">" + again + "</a></p></main></body></html>");
    }
}
