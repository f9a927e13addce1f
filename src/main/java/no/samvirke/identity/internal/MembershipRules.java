package no.samvirke.identity.internal;

import java.util.Objects;
import no.samvirke.identity.Agency;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.MembershipKind;
import org.springframework.stereotype.Component;

/**
 * Who may hold which membership where (ADR 0029). A refusal is an IllegalArgumentException whose
 * message is the key of the text an administrator sees ({@code admin.error.*}).
 */
@Component
class MembershipRules {

    private final MunicipalityRepository municipalities;
    private final PoliceDistrictRepository districts;

    MembershipRules(MunicipalityRepository municipalities, PoliceDistrictRepository districts) {
        this.municipalities = municipalities;
        this.districts = districts;
    }

    /** The grant, with a blank scope made null, if the person with that employment may hold it. */
    MembershipGrant check(Employment employment, MembershipGrant grant) {
        if (grant == null || grant.kind() == null) {
            throw refused("kind");
        }
        if (grant.validFrom() == null) {
            throw refused("validFrom");
        }
        if (grant.validTo() != null && grant.validTo().isBefore(grant.validFrom())) {
            throw refused("period");
        }
        if (employment == null || employment.service() == null) {
            throw refused("noEmployment");
        }
        String scope = grant.scopeCode() == null || grant.scopeCode().isBlank() ? null : grant.scopeCode().trim();
        Agency agency = employment.service().agency();
        MembershipKind kind = grant.kind();
        switch (kind.scope()) {
            case MUNICIPALITY -> checkMunicipality(kind, scope, agency, employment);
            case POLICE_DISTRICT -> {
                if (scope == null || !districts.existsById(scope)) {
                    throw refused("unknownDistrict");
                }
                if (agency != Agency.POLICE) {
                    throw refused("policeOnly");
                }
                if (!scope.equals(employment.policeDistrictCode())) {
                    throw refused("otherDistrict");
                }
            }
            case AGENCY -> {
                String own = switch (agency) {
                    case MUNICIPALITY -> employment.municipalityCode();
                    case POLICE -> employment.policeDistrictCode();
                    case PST -> null;
                };
                if (!Objects.equals(scope, own)) {
                    throw refused("agencyScope");
                }
            }
            case NONE -> {
                if (scope != null) {
                    throw refused("noScope");
                }
                if (kind == MembershipKind.PST_LIAISON && agency != Agency.PST) {
                    throw refused("pstOnly");
                }
            }
        }
        return new MembershipGrant(kind, scope, grant.validFrom(), grant.validTo());
    }

    private void checkMunicipality(MembershipKind kind, String scope, Agency agency, Employment employment) {
        var municipality = scope == null ? null : municipalities.findById(scope).orElse(null);
        if (municipality == null) {
            throw refused("unknownMunicipality");
        }
        switch (agency) {
            case MUNICIPALITY -> {
                if (!scope.equals(employment.municipalityCode())) {
                    throw refused("otherMunicipality");
                }
            }
            case POLICE -> {
                // Police sit in the kjernegruppe (or are resource persons) of several municipalities, all of
                // their own district.
                if (kind != MembershipKind.KJERNEGRUPPE && kind != MembershipKind.RESOURCE_PERSON) {
                    throw refused("municipalOnly");
                }
                if (!municipality.toRecord().policeDistrictCode().equals(employment.policeDistrictCode())) {
                    throw refused("outsideDistrict");
                }
            }
            // PST may be a resource person on a case of any municipality, and holds nothing else in one.
            case PST -> {
                if (kind != MembershipKind.RESOURCE_PERSON) {
                    throw refused("municipalOnly");
                }
            }
        }
    }

    static IllegalArgumentException refused(String what) {
        return new IllegalArgumentException("admin.error." + what);
    }
}
