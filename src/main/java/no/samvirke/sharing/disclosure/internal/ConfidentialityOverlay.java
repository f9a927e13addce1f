package no.samvirke.sharing.disclosure.internal;

import no.samvirke.sharing.conversion.internal.CaseConfidentialityEntity;
import no.samvirke.sharing.conversion.internal.CaseConfidentialityRepository;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import no.samvirke.sharing.LegalGround;

/**
 * Adds the case's confidentiality to the DMN facts: an anonymised discussion sets
 * {@code anonymised}; a conversion's ground and the grounds recorded by the case's decider
 * ({@code case_legal_ground}, e.g. of a decision to forward to the police) set their condition
 * inputs. Only ever adds restrictions (anonymised) or recorded grounds; the DMN still decides the level.
 */
@Component
public class ConfidentialityOverlay {

    private final CaseConfidentialityRepository confidentiality;
    private final CaseLegalGroundRepository grounds;

    ConfidentialityOverlay(CaseConfidentialityRepository confidentiality, CaseLegalGroundRepository grounds) {
        this.confidentiality = confidentiality;
        this.grounds = grounds;
    }

    public DisclosureFacts apply(DisclosureFacts f, UUID caseId) {
        Optional<CaseConfidentialityEntity> state = confidentiality.findById(caseId);
        boolean anonymised = f.anonymised() || state.map(CaseConfidentialityEntity::discussedAnonymously).orElse(false);
        Set<LegalGround> recorded = EnumSet.noneOf(LegalGround.class);
        state.map(CaseConfidentialityEntity::legalGround).ifPresent(recorded::add);
        grounds.findByCaseIdOrderByDecidedAtAsc(caseId).forEach(g -> recorded.add(g.legalGround()));
        return new DisclosureFacts(f.item(), f.sourceService(), f.recipientAgency(), f.recipientService(),
                f.consentInScope(), anonymised, f.ownTask(), f.grounds()).with(recorded);
    }
}
