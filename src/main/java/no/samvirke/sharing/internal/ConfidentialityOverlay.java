package no.samvirke.sharing.internal;

import java.util.Optional;
import java.util.UUID;
import no.samvirke.sharing.LegalGround;
import org.springframework.stereotype.Component;

/**
 * Adds the case's confidentiality to the DMN facts: an anonymised discussion sets
 * {@code anonymised}; a conversion's statutory ground sets its condition input. Only ever adds
 * restrictions (anonymised) or the one recorded ground; the DMN still decides the level.
 */
@Component
class ConfidentialityOverlay {

    private final CaseConfidentialityRepository confidentiality;

    ConfidentialityOverlay(CaseConfidentialityRepository confidentiality) {
        this.confidentiality = confidentiality;
    }

    DisclosureFacts apply(DisclosureFacts f, UUID caseId) {
        Optional<CaseConfidentialityEntity> state = confidentiality.findById(caseId);
        boolean anonymised = f.anonymised() || state.map(CaseConfidentialityEntity::discussedAnonymously).orElse(false);
        LegalGround ground = state.map(CaseConfidentialityEntity::legalGround).orElse(null);
        return new DisclosureFacts(f.item(), f.sourceService(), f.recipientAgency(), f.recipientService(),
                f.consentInScope(), anonymised, f.ownTask(),
                f.dutyToAvert() || ground == LegalGround.DUTY_TO_AVERT,
                f.neglectOrAbuse() || ground == LegalGround.DUTY_TO_INFORM_CHILD_WELFARE,
                f.dangerToLifeOrHealth() || ground == LegalGround.DANGER_TO_LIFE_OR_HEALTH,
                f.offenceInformation() || ground == LegalGround.OFFENCE_INFORMATION);
    }
}
