package no.samvirke.audit.internal;

import java.util.List;
import java.util.function.Consumer;
import no.samvirke.identity.CurrentUser;
import no.samvirke.audit.AuditAction;
import no.samvirke.audit.AuditAppender;
import no.samvirke.audit.AuditEntry;
import no.samvirke.audit.AuditPage;
import no.samvirke.audit.AuditQuery;
import no.samvirke.audit.AuditRecord;
import no.samvirke.audit.AuditScope;
import no.samvirke.audit.AuditTrail;
import no.samvirke.audit.ChainVerification;
import no.samvirke.audit.Disclosure;
import no.samvirke.platform.CaseId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class DefaultAuditTrail implements AuditTrail {

    static final int MAX_PAGE_SIZE = 200;
    static final int OPERATION_MAX = 500;
    static final String OPERATION_BASIS = "personvernforordningen art. 32 (sikkerhet ved behandlingen)";
    static final String EXPORT_BASIS = "personvernforordningen art. 39 (personvernombudets kontroll)";

    private final AuditChainVerifier verifier;
    private final AuditSearch search;
    private final AuditAppender appender;
    private final DisclosureLog disclosureLog;
    private final AuditChainer chainer;
    private final AuditChainHeadRepository heads;
    private final int exportPageSize;

    DefaultAuditTrail(AuditChainVerifier verifier, AuditSearch search, AuditAppender appender,
                      DisclosureLog disclosureLog, AuditChainer chainer, AuditChainHeadRepository heads,
                      @Value("${samvirke.audit.export-page-size:1000}") int exportPageSize) {
        this.heads = heads;
        this.exportPageSize = Math.max(1, exportPageSize);
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
    public AuditPage entries(AuditQuery query, CurrentUser privacyOfficer, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        chainer.chainPending();
        return search.find(query, AuditScope.of(privacyOfficer), Math.max(0, page), safeSize);
    }

    @Override
    public long export(AuditQuery query, CurrentUser exportedBy, Consumer<List<AuditEntry>> pages) {
        chainer.chainPending();
        long upTo = heads.read().map(AuditChainHead::lastEntryId).orElse(0L);
        long afterId = 0;
        long count = 0;
        List<AuditEntry> page;
        AuditScope scope = AuditScope.of(exportedBy);
        while (!(page = search.page(query, scope, afterId, upTo, exportPageSize)).isEmpty()) {
            pages.accept(page);
            count += page.size();
            afterId = page.get(page.size() - 1).id();
        }
        appender.append(new AuditRecord(exportedBy.username(), exportedBy.agency().name(), query.caseId(),
                AuditAction.EXPORT, "entries=" + count, EXPORT_BASIS, exportPurpose(query), null, null));
        return count;
    }

    private static String exportPurpose(AuditQuery q) {
        String purpose = "export:csv caseId=" + q.caseId() + ";username=" + q.username() + ";from=" + q.from()
                + ";to=" + q.to();
        return purpose.length() <= AuditRecord.PURPOSE_MAX ? purpose : purpose.substring(0, AuditRecord.PURPOSE_MAX);
    }

    @Override
    public void recordChange(CaseId caseId, CurrentUser user, String items, String before, String after,
                             String legalBasis, String purpose) {
        record(new AuditRecord(user.username(), user.agency().name(), caseId.value(), AuditAction.CHANGE, items, legalBasis,
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
    public List<Disclosure> disclosures(CaseId caseId) {
        chainer.chainPending();
        return disclosureLog.of(caseId.value());
    }

    @Override
    public List<Disclosure> disclosures(CaseId caseId, CurrentUser privacyOfficer) {
        AuditScope scope = AuditScope.of(privacyOfficer);
        if (scope.municipal() && !search.caseIn(caseId.value(), scope.municipalityCode())) {
            return List.of();
        }
        chainer.chainPending();
        return disclosureLog.of(caseId.value()).stream().filter(d -> scope.agency().name().equals(d.agency())).toList();
    }
}
