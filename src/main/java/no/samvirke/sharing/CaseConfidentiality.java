package no.samvirke.sharing;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.anonymisation.IdentifyingKind;
import no.samvirke.intake.ConcernSummary;
import no.samvirke.platform.CaseId;

/**
 * A case's confidentiality: whether the kjernegruppe discusses it anonymously, its conversion to
 * a named case on a recorded legal basis, and whether the police members may know who it is
 * about (asked of processes/disclosure.dmn, never decided here). Every change is audited.
 * Callers check that the user may act on the case.
 */
public interface CaseConfidentiality {

    /** Records the screening's discussion mode (audited as CHANGE). */
    void setDiscussionMode(CaseId caseId, DiscussionMode mode, CurrentUser by);

    /** True while nobody in the kjernegruppe may see the identity: anonymous registration or anonymised discussion. */
    boolean anonymised(CaseId caseId);

    /** True when the case is discussed anonymously and has a registered identity that a conversion would disclose. */
    boolean convertible(CaseId caseId);

    /** As {@link #convertible(UUID)} for a case whose summary the caller has already read. */
    boolean convertible(ConcernSummary summary);

    /**
     * First step of the four-eyes conversion: records the proposal (audited as CHANGE); the case
     * stays anonymised until a different member confirms.
     *
     * @throws IllegalStateException when the case is not {@link #convertible(UUID)}
     * @throws no.samvirke.platform.ConflictException when a proposal is already waiting
     */
    void proposeConversion(CaseId caseId, Conversion conversion, CurrentUser by);

    /** The proposal waiting for confirmation, if any. */
    Optional<ConversionProposal> pendingConversion(CaseId caseId);

    /**
     * Second step: a member other than the proposer confirms, and only then the anonymised
     * discussion becomes a named case on the proposed ground (audited as CHANGE with the basis,
     * the proposer and the confirmer). Callers check that the confirmer is an authorised member.
     *
     * @return the conversion confirmed
     * @throws no.samvirke.platform.ConflictException when nothing is proposed, or the proposer confirms
     */
    Conversion confirmConversion(CaseId caseId, CurrentUser by);

    /** Whether a police kjernegruppe member would see the subject's identity (from the DMN). */
    boolean policeMayKnowIdentity(CaseId caseId);

    /**
     * What in {@code text} looks identifying: an 11-digit number, a phone number, an e-mail
     * address or the subject's own name. Never returns the name itself.
     */
    Set<IdentifyingKind> identifyingIn(CaseId caseId, String text);
}
