package no.samvirke.notification.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.samvirke.notification.NotificationType;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The notification log's filters and the existence check of ids: the named queries
 * {@link #QUERY} and {@link #EXISTING_IDS} declared on {@link Notification}.
 */
@Repository
public class NotificationSearch {

    static final String QUERY = "Notification.search";
    static final String EXISTING_IDS = "Notification.existingIds";

    @PersistenceContext
    private EntityManager em;

    /**
     * The newest notifications matching the filters (null: any), in the given municipalities (or
     * all of them). Overdue: a handoff without receipt past its deadline or already escalated.
     */
    public List<Notification> search(boolean everywhere, List<String> municipalities, NotificationType type,
                                     NotificationStatus status, Boolean overdue, Instant now, Pageable page) {
        return em.createNamedQuery(QUERY, Notification.class)
                .setParameter("everywhere", everywhere).setParameter("municipalities", municipalities)
                .setParameter("type", type).setParameter("status", status)
                .setParameter("overdue", overdue).setParameter("now", now)
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize())
                .getResultList();
    }

    /** Those of {@code ids} that are notifications, in one query. */
    public List<UUID> existingIds(Collection<UUID> ids) {
        return em.createNamedQuery(EXISTING_IDS, UUID.class).setParameter("ids", ids).getResultList();
    }
}
