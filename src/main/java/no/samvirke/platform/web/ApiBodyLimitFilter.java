package no.samvirke.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A JSON request to the API larger than {@code samvirke.api.max-json-body} (256 KB by default,
 * twenty times the longest description) is refused with 413 problem+json: before it is read when
 * its Content-Length says so, and otherwise (chunked, or a Content-Length that lies) as soon as
 * one byte more than the limit has been read ({@link LimitedBodyRequest}; the rest is not read).
 * Plan files (multipart or a YAML body) have their own limits (spring.servlet.multipart, 1 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiBodyLimitFilter(@Value("${samvirke.api.max-json-body:256KB}") DataSize max, ObjectMapper json,
                       MessageSource messages, LocaleResolver locales) {
        this.maxBytes = max.toBytes();
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
        } catch (IOException | ServletException | RuntimeException e) {
            // normally ApiProblemHandler has answered already; this covers a body read outside MVC
            if (!RequestBodyTooLargeException.isCause(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                messages.getMessage("problem.tooLarge", null, locale));
        problem.setTitle(messages.getMessage("problem.tooLarge.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
