package no.samvirke.catalogue.internal;

import no.samvirke.catalogue.Plan;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may add a plan (upload or derive a revision): an administrator any plan; an SLT coordinator
 * only a plan whose every municipality is their own (issue 11, path 9). Asker's coordinator cannot
 * put a plan in Bærum's catalogue, nor one shared with Bærum.
 */
public final class PlanAuthority {

    private PlanAuthority() {
    }

    /** @throws OtherMunicipalityException when {@code user} may not add {@code plan} */
    public static void checkMayAdd(CurrentUser user, Plan plan) {
        if (user.hasRole(Role.ADMIN)) {
            return;
        }
        boolean own = user.hasRole(Role.SLT_COORDINATOR) && user.municipalityCode() != null
                && !plan.municipalities().isEmpty()
                && plan.municipalities().stream().allMatch(user.municipalityCode()::equals);
        if (!own) {
            throw new OtherMunicipalityException();
        }
    }

    /** The plan covers a municipality that is not the user's: 403, nothing stored. */
    public static final class OtherMunicipalityException extends AccessDeniedException {
        public static final String MESSAGE_KEY = "catalogue.upload.otherMunicipality";

        OtherMunicipalityException() {
            super(MESSAGE_KEY);
        }
    }
}
