package no.samvirke.notification.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.samvirke.notification.NotificationType;
import org.springframework.data.domain.Pageable;

/** Runs the named query {@link NotificationSearch#QUERY} (declared on {@link Notification}). */
class NotificationSearchImpl implements NotificationSearch {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Notification> search(boolean everywhere, List<String> municipalities, NotificationType type,
                                     NotificationStatus status, Boolean overdue, Instant now, Pageable page) {
        return em.createNamedQuery(QUERY, Notification.class)
                .setParameter("everywhere", everywhere).setParameter("municipalities", municipalities)
                .setParameter("type", type).setParameter("status", status)
                .setParameter("overdue", overdue).setParameter("now", now)
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList();
    }

    @Override
    public List<UUID> existingIds(Collection<UUID> ids) {
        return em.createNamedQuery(EXISTING_IDS, UUID.class).setParameter("ids", ids).getResultList();
    }
}
