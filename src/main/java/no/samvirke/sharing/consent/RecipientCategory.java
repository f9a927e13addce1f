package no.samvirke.sharing.consent;

import java.util.EnumSet;
import java.util.Set;
import no.samvirke.identity.Agency;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ServiceUnit;

/**
 * Who a consent lets the information go to. Each category stands for the service the disclosure
 * table knows as {@code recipientService} ({@link #service()}); {@link #KJERNEGRUPPE} stands for
 * the municipal members of the case municipality's kjernegruppe (police members need
 * {@link #POLICE}).
 */
public enum RecipientCategory {
    POLICE(ServiceUnit.POLICE_PREVENTION),
    PST(ServiceUnit.PST),
    CHILD_WELFARE(ServiceUnit.CHILD_WELFARE),
    SCHOOL(ServiceUnit.SCHOOL),
    HEALTH(ServiceUnit.HEALTH_STATION),
    SOCIAL_SERVICES(ServiceUnit.SOCIAL_SERVICES),
    NAV(ServiceUnit.NAV),
    KJERNEGRUPPE(null);

    private final ServiceUnit service;

    RecipientCategory(ServiceUnit service) {
        this.service = service;
    }

    /** The service this category names; null for the kjernegruppe, which is a group. */
    public ServiceUnit service() {
        return service;
    }

    /** The categories a consent must name for it to cover this viewer on a case of that municipality. */
    public static Set<RecipientCategory> of(CurrentUser viewer, String caseMunicipality) {
        Set<RecipientCategory> categories = EnumSet.noneOf(RecipientCategory.class);
        for (RecipientCategory category : values()) {
            if (category.service == viewer.service()) {
                categories.add(category);
            }
        }
        boolean municipalMember = viewer.agency() == Agency.MUNICIPALITY
                && viewer.isKjernegruppeMemberOf(caseMunicipality);
        if (municipalMember) {
            categories.add(KJERNEGRUPPE);
        }
        return categories;
    }
}
