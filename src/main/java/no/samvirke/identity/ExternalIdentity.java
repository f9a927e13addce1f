package no.samvirke.identity;

import java.util.Set;

/**
 * A person as an OIDC provider names them, after the configured claim mapping: the provider's
 * registration id, the stable id (subject or employee id), display name, e-mail and group claims.
 */
public record ExternalIdentity(String provider, String externalId, String displayName, String email,
                               Set<String> groups) {

    public ExternalIdentity {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
