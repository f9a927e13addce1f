package no.samvirke.sharing.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import no.samvirke.sharing.AuditEntry;
import no.samvirke.sharing.AuditPage;
import no.samvirke.sharing.AuditQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The privacy officer's filtered list: by case, user and period [from, to), newest first. */
@Component
class AuditSearch {

    private final EntityManager em;

    AuditSearch(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public AuditPage find(AuditQuery query, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntryEntity> select = cb.createQuery(AuditEntryEntity.class);
        Root<AuditEntryEntity> root = select.from(AuditEntryEntity.class);
        select.where(filter(cb, root, query)).orderBy(cb.desc(root.get("id")));
        var entries = em.createQuery(select).setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(AuditEntryEntity::toEntry).toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntryEntity> countRoot = count.from(AuditEntryEntity.class);
        count.select(cb.count(countRoot)).where(filter(cb, countRoot, query));
        return new AuditPage(entries, page, size, em.createQuery(count).getSingleResult());
    }

    /**
     * One page of the export, oldest first: up to {@code size} entries with ids in (afterId, upTo]
     * (keyset paging: each page is one short query, however long the trail).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditQuery query, long afterId, long upTo, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntryEntity> select = cb.createQuery(AuditEntryEntity.class);
        Root<AuditEntryEntity> root = select.from(AuditEntryEntity.class);
        List<Predicate> where = new ArrayList<>(List.of(filter(cb, root, query)));
        where.add(cb.greaterThan(root.get("id"), afterId));
        where.add(cb.lessThanOrEqualTo(root.get("id"), upTo));
        select.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(root.get("id")));
        return em.createQuery(select).setMaxResults(size).getResultList().stream().map(AuditEntryEntity::toEntry)
                .toList();
    }

    private static Predicate[] filter(CriteriaBuilder cb, Root<AuditEntryEntity> root, AuditQuery q) {
        List<Predicate> where = new ArrayList<>();
        if (q.caseId() != null) {
            where.add(cb.equal(root.get("caseId"), q.caseId()));
        }
        if (q.username() != null && !q.username().isBlank()) {
            where.add(cb.equal(root.get("username"), q.username().trim()));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), q.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
