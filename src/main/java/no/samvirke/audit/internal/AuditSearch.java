package no.samvirke.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samvirke.audit.AuditEntry;
import no.samvirke.audit.AuditPage;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditScope;
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
        return find(query, null, page, size);
    }

    /** {@code scope} null: the whole trail (the application's own use); otherwise the officer's part. */
    @Transactional(readOnly = true)
    public AuditPage find(AuditQuery query, AuditScope scope, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntryEntity> select = cb.createQuery(AuditEntryEntity.class);
        Root<AuditEntryEntity> root = select.from(AuditEntryEntity.class);
        select.where(filter(cb, select, root, query, scope)).orderBy(cb.desc(root.get("id")));
        var entries = em.createQuery(select).setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(AuditEntryEntity::toEntry).toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntryEntity> countRoot = count.from(AuditEntryEntity.class);
        count.select(cb.count(countRoot)).where(filter(cb, count, countRoot, query, scope));
        return new AuditPage(entries, page, size, em.createQuery(count).getSingleResult());
    }

    /** Whether a case belongs to the municipality (false for an unknown case). */
    @Transactional(readOnly = true)
    public boolean caseIn(UUID caseId, String municipalityCode) {
        CaseMunicipality c = em.find(CaseMunicipality.class, caseId);
        return c != null && c.municipalityCode().equals(municipalityCode);
    }

    /**
     * One page of the export, oldest first: up to {@code size} entries with ids in (afterId, upTo]
     * (keyset paging: each page is one short query, however long the trail).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditQuery query, AuditScope scope, long afterId, long upTo, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntryEntity> select = cb.createQuery(AuditEntryEntity.class);
        Root<AuditEntryEntity> root = select.from(AuditEntryEntity.class);
        List<Predicate> where = new ArrayList<>(List.of(filter(cb, select, root, query, scope)));
        where.add(cb.greaterThan(root.get("id"), afterId));
        where.add(cb.lessThanOrEqualTo(root.get("id"), upTo));
        select.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(root.get("id")));
        return em.createQuery(select).setMaxResults(size).getResultList().stream().map(AuditEntryEntity::toEntry)
                .toList();
    }

    private static Predicate[] filter(CriteriaBuilder cb, CommonAbstractCriteria select, Root<AuditEntryEntity> root,
                                      AuditQuery q, AuditScope scope) {
        List<Predicate> where = new ArrayList<>();
        if (scope != null) {
            where.add(scoped(cb, select, root, scope));
        }
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

    /**
     * Police and PST officers: what their agency's users wrote. A municipality's officer: what
     * municipal users wrote about the municipality's cases and notifications, and their own exports.
     */
    private static Predicate scoped(CriteriaBuilder cb, CommonAbstractCriteria select, Root<AuditEntryEntity> root,
                                    AuditScope scope) {
        Predicate agency = cb.equal(root.get("agency"), scope.agency().name());
        if (!scope.municipal()) {
            return agency;
        }
        Subquery<UUID> cases = select.subquery(UUID.class);
        Root<CaseMunicipality> c = cases.from(CaseMunicipality.class);
        cases.select(c.get("id")).where(cb.equal(c.get("municipalityCode"), scope.municipalityCode()));
        Subquery<UUID> notifications = select.subquery(UUID.class);
        Root<NotificationMunicipality> n = notifications.from(NotificationMunicipality.class);
        notifications.select(n.get("id")).where(cb.equal(n.get("municipalityCode"), scope.municipalityCode()));
        Predicate ownExport = cb.and(cb.isNull(root.get("caseId")), cb.equal(root.get("username"), scope.username()));
        return cb.and(agency, cb.or(root.get("caseId").in(cases), root.get("caseId").in(notifications), ownExport));
    }
}
