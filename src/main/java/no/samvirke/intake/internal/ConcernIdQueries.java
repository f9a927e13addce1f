package no.samvirke.intake.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * The cases of one person in a municipality, oldest first, and the references of concerns: the named
 * queries declared on {@link Concern}, run with the entity manager.
 */
@Repository
class ConcernIdQueries {

    static final String BY_NATIONAL_ID = "Concern.idsByNationalId";
    static final String BY_NAME_AND_BIRTH_DATE = "Concern.idsByNameAndBirthDate";
    static final String REFERENCES = "Concern.referencesByIds";

    @PersistenceContext
    private EntityManager em;

    public List<UUID> idsByNationalId(String municipality, String nationalId) {
        return em.createNamedQuery(BY_NATIONAL_ID, UUID.class).setParameter("municipality", municipality)
                .setParameter("nationalId", nationalId).getResultList();
    }

    /** {@code name} in lower case: compared with the lower-cased stored name. */
    public List<UUID> idsByNameAndBirthDate(String municipality, String name, LocalDate birthDate) {
        return em.createNamedQuery(BY_NAME_AND_BIRTH_DATE, UUID.class).setParameter("municipality", municipality)
                .setParameter("name", name).setParameter("birthDate", birthDate).getResultList();
    }

    /** The human references of those of {@code ids} that are concerns, in one query. */
    public Map<UUID, String> referencesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> references = new HashMap<>();
        for (Object[] row : em.createNamedQuery(REFERENCES, Object[].class).setParameter("ids", ids).getResultList()) {
            references.put((UUID) row[0], (String) row[1]);
        }
        return references;
    }
}
