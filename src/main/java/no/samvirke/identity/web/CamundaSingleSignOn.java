package no.samvirke.identity.web;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Single sign-on into Cockpit and Admin: Camunda's container-based authentication filter takes
 * the user that Spring Security already signed in, so there is no second password.
 */
@Configuration
class CamundaSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityCamundaAuthenticationProvider.class.getName()));
        // after Spring Security's filter chain, so the signed-in user is known
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }

    /**
     * The same user for {@code /engine-rest}: without it the REST API runs with no Camunda user, and
     * Camunda checks no authorization at all (ADR 0020).
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityCamundaAuthenticationProvider.class.getName(), "rest-url-pattern-prefix", "/engine-rest"));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
