package no.samvirke.identity.internal;

import java.util.List;
import java.util.Map;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.ServiceUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity's settings ({@code samvirke.identity.*}, ADR 0029).
 *
 * @param groupMapping   a provider's group claim → what a first sign-in pre-fills: the employment
 *                       and proposed memberships (an administrator approves them; nothing is in force before)
 * @param bootstrapAdmin the first administrator on an empty database
 */
@ConfigurationProperties("samvirke.identity")
record IdentitySettings(Map<String, GroupMapping> groupMapping, BootstrapAdmin bootstrapAdmin) {

    IdentitySettings {
        groupMapping = groupMapping == null ? Map.of() : Map.copyOf(groupMapping);
        bootstrapAdmin = bootstrapAdmin == null ? new BootstrapAdmin(null, null, null) : bootstrapAdmin;
    }

    /**
     * One group: {@code service} (with {@code municipality} or {@code policeDistrict}) pre-fills the
     * employment; {@code memberships} are proposed.
     */
    record GroupMapping(ServiceUnit service, String municipality, String policeDistrict,
                        List<ProposedMembership> memberships) {

        GroupMapping {
            memberships = memberships == null ? List.of() : List.copyOf(memberships);
        }
    }

    /** A proposed membership; {@code scope} is the municipality or police district code (none for NONE). */
    record ProposedMembership(MembershipKind kind, String scope) {
    }

    /**
     * Either {@code provider} + {@code subject} (an external identity becomes an active administrator),
     * or {@code local} (a local administrator with a one-time password written once to the log).
     */
    record BootstrapAdmin(String provider, String subject, String local) {
    }
}
