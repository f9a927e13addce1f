package no.samvirke.sharing.internal;

import no.samvirke.sharing.AuditPage;
import no.samvirke.sharing.AuditQuery;
import no.samvirke.sharing.AuditTrail;
import no.samvirke.sharing.ChainVerification;
import org.springframework.stereotype.Service;

@Service
class JpaAuditTrail implements AuditTrail {

    static final int MAX_PAGE_SIZE = 200;

    private final AuditChainVerifier verifier;
    private final AuditSearch search;

    JpaAuditTrail(AuditChainVerifier verifier, AuditSearch search) {
        this.verifier = verifier;
        this.search = search;
    }

    @Override
    public ChainVerification verify() {
        return verifier.verify();
    }

    @Override
    public AuditPage entries(AuditQuery query, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return search.find(query, Math.max(0, page), safeSize);
    }
}
