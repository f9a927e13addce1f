package no.samvirke.intake.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@link ConcernRepository} fragment that runs the named queries. */
class ConcernIdQueriesImpl implements ConcernIdQueries {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<UUID> idsByNationalId(String municipality, String nationalId) {
        return em.createNamedQuery(BY_NATIONAL_ID, UUID.class).setParameter("municipality", municipality)
                .setParameter("nationalId", nationalId).getResultList();
    }

    @Override
    public List<UUID> idsByNameAndBirthDate(String municipality, String name, LocalDate birthDate) {
        return em.createNamedQuery(BY_NAME_AND_BIRTH_DATE, UUID.class).setParameter("municipality", municipality)
                .setParameter("name", name).setParameter("birthDate", birthDate).getResultList();
    }

    @Override
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
