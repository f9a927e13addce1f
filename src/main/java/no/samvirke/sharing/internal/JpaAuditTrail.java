package no.samvirke.sharing.internal;

import java.util.List;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.sharing.AuditAction;
import no.samvirke.sharing.AuditEntry;
import no.samvirke.sharing.AuditPage;
import no.samvirke.sharing.AuditQuery;
import no.samvirke.sharing.AuditTrail;
import no.samvirke.sharing.ChainVerification;
import no.samvirke.sharing.Disclosure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class JpaAuditTrail implements AuditTrail {

    static final int MAX_PAGE_SIZE = 200;
    static final int OPERATION_MAX = 500;
    static final String OPERATION_BASIS = "personvernforordningen art. 32 (sikkerhet ved behandlingen)";
    static final String EXPORT_BASIS = "personvernforordningen art. 39 (personvernombudets kontroll)";

    private final AuditChainVerifier verifier;
    private final AuditSearch search;
    private final AuditAppender appender;
    private final DisclosureLog disclosureLog;
    private final AuditChainer chainer;

    JpaAuditTrail(AuditChainVerifier verifier, AuditSearch search, AuditAppender appender,
                  DisclosureLog disclosureLog, AuditChainer chainer) {
        this.verifier = verifier;
        this.search = search;
        this.appender = appender;
        this.disclosureLog = disclosureLog;
        this.chainer = chainer;
    }

    @Override
    public int chainPending() {
        return chainer.chainPending();
    }

    @Override
    public ChainVerification verify() {
        chainer.chainPending();
        return verifier.verify();
    }

    @Override
    public AuditPage entries(AuditQuery query, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        chainer.chainPending();
        return search.find(query, Math.max(0, page), safeSize);
    }

    @Override
    public List<AuditEntry> export(AuditQuery query, CurrentUser exportedBy) {
        chainer.chainPending();
        List<AuditEntry> result = search.all(query, EXPORT_MAX);
        appender.append(new AuditRecord(exportedBy.username(), exportedBy.agency().name(), query.caseId(),
                AuditAction.EXPORT, "entries=" + result.size(), EXPORT_BASIS, exportPurpose(query), null, null));
        return result;
    }

    private static String exportPurpose(AuditQuery q) {
        String purpose = "export:csv caseId=" + q.caseId() + ";username=" + q.username() + ";from=" + q.from()
                + ";to=" + q.to();
        return purpose.length() <= AuditRecord.PURPOSE_MAX ? purpose : purpose.substring(0, AuditRecord.PURPOSE_MAX);
    }

    @Override
    public void recordChange(UUID caseId, CurrentUser user, String items, String before, String after,
                             String legalBasis, String purpose) {
        record(new AuditRecord(user.username(), user.agency().name(), caseId, AuditAction.CHANGE, items, legalBasis,
                purpose, before, after));
    }

    @Override
    public void recordOperation(CurrentUser operator, String operation, int status) {
        String items = operation.length() <= OPERATION_MAX ? operation : operation.substring(0, OPERATION_MAX);
        appender.append(new AuditRecord(operator.username(), operator.agency().name(), null, AuditAction.OPERATE,
                items, OPERATION_BASIS, "engine:operation status=" + status, null, null));
    }

    /** In the caller's transaction (gone if it rolls back); at once when there is none. */
    void record(AuditRecord change) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            appender.appendInCurrentTransaction(change);
        } else {
            appender.append(change);
        }
    }

    @Override
    public List<Disclosure> disclosures(UUID caseId) {
        chainer.chainPending();
        return disclosureLog.of(caseId);
    }
}
