package no.samvirke.identity.web;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How each single sign-on provider's claims map to a Samvirke person ({@code samvirke.identity.providers.<id>.*},
 * where {@code <id>} is the registration id of {@code spring.security.oauth2.client.registration.<id>}).
 * A provider with no entry here uses the defaults.
 *
 * @param providers per registration id: which claims hold the stable id, name, e-mail and groups, and the
 *                  audience a bearer token must carry
 */
@ConfigurationProperties("samvirke.identity")
record SignInProviderSettings(Map<String, Claims> providers) {

    SignInProviderSettings {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    Claims of(String registrationId) {
        return providers.getOrDefault(registrationId, new Claims(null, null, null, null, null));
    }

    /**
     * @param idClaim     the stable id: {@code sub} (default) or e.g. an employee id claim
     * @param nameClaim   display name, default {@code name}
     * @param emailClaim  e-mail, default {@code email}
     * @param groupsClaim group claims (pre-fill of memberships by h1's mapping), default {@code groups}
     * @param audience    the audience a bearer token must name; default the registration's client id
     */
    record Claims(String idClaim, String nameClaim, String emailClaim, String groupsClaim, String audience) {
        Claims {
            idClaim = orDefault(idClaim, "sub");
            nameClaim = orDefault(nameClaim, "name");
            emailClaim = orDefault(emailClaim, "email");
            groupsClaim = orDefault(groupsClaim, "groups");
        }

        private static String orDefault(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
