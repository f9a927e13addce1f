package no.samvirke.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.samvirke.identity.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the Spring Security user to Camunda's webapps and REST API, as a member of the operators'
 * group only, so that Camunda's authorization checks apply (ADR 0020). Only administrators get this far.
 */
public class SpringSecurityCamundaAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        if (authentication.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()))) {
            // an administrator approved after start-up (single sign-on) has no Camunda user yet
            CamundaAdministrators.ensureCamundaUser(engine.getIdentityService(), authentication.getName(),
                    CamundaAdministrators.OPERATORS_GROUP);
        }
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(List.of(CamundaAdministrators.OPERATORS_GROUP));
        return result;
    }
}
