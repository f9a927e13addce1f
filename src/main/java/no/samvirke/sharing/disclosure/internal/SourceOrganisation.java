package no.samvirke.sharing.disclosure.internal;

import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import no.samvirke.intake.ConcernSummary;
import org.springframework.stereotype.Component;

/**
 * Which organisation an item of a case comes from, for "own task" (fvl § 13 b nr. 5) and for who
 * may be a resource person. Information on a case is given in the case municipality: a municipal
 * service there, the police district the municipality belongs to, or PST. "Own task" means the
 * viewer works in that same organisation, the same service type elsewhere is another organisation.
 */
@Component
public class SourceOrganisation {

    private final Users users;

    SourceOrganisation(Users users) {
        this.users = users;
    }

    /** True when the viewer works in the same service unit as the item's source, in the same place. */
    public boolean ownTask(ServiceUnit source, ConcernSummary c, CurrentUser viewer) {
        return source != null && viewer.service() == source && sameAgencyUnit(c, viewer);
    }

    /**
     * True when the user belongs to the case's own municipality, the police district it belongs to,
     * or PST: the only places a resource person may come from.
     */
    public boolean sameAgencyUnit(ConcernSummary c, CurrentUser user) {
        return switch (user.agency()) {
            case MUNICIPALITY -> c.municipalityCode().equals(user.municipalityCode());
            case POLICE -> user.policeDistrictCode() != null
                    && user.policeDistrictCode().equals(users.municipality(c.municipalityCode()).policeDistrictCode());
            case PST -> true;
        };
    }
}
