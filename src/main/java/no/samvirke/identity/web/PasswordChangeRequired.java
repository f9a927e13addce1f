package no.samvirke.identity.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import no.samvirke.identity.password.LocalPasswords;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A local account whose password an administrator requires changed (a new account, a reset) is
 * sent to {@code /passord} from every page until it is changed; the API answers 403
 * problem+json. Only accounts that signed in with a password are asked (single sign-on has none).
 */
@Component
class PasswordChangeRequired implements HandlerInterceptor, WebMvcConfigurer {

    private final LocalPasswords passwords;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    PasswordChangeRequired(LocalPasswords passwords, ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        this.passwords = passwords;
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(PasswordChangeController.PATH, "/login", "/logout",
                "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!(user instanceof UsernamePasswordAuthenticationToken) || !user.isAuthenticated()
                || !passwords.mustChange(user.getName())) {
            return true;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            writeProblem(request, response);
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + PasswordChangeController.PATH);
            response.setStatus(HttpStatus.NO_CONTENT.value());
        } else {
            response.sendRedirect(request.getContextPath() + PasswordChangeController.PATH);
        }
        return false;
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("problem.passwordChangeRequired", null, locale));
        problem.setTitle(messages.getMessage("problem.passwordChangeRequired.title", null, locale));
        problem.setType(URI.create("urn:samvirke:problem:password-change-required"));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
