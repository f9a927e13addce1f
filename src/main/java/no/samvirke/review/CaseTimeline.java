package no.samvirke.review;

import java.util.List;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.Conversion;

/** A case's timeline: what the kjernegruppe recorded, read as sharing discloses it, and the entries others add. */
public interface CaseTimeline {

    /**
     * The timeline as this kjernegruppe member may read it: every entry (who, when, what kind),
     * its free text as sharing discloses it for the entry's author's service (one READ audit
     * entry). A notification's entry (its kind and time match the receipt in the handoff log) only for
     * a viewer who may see the notification's link to the case identified, decided by sharing as in
     * the log; for everyone else it is not there. The same holds for every step of the follow-up that
     * the notification's routine started (started, plan made, talk held, ended by a death, …): their kind
     * and time would tell the same story. Empty for everyone else (answer 404).
     */
    Optional<List<TimelineEntry>> read(CaseId caseId, CurrentUser viewer, String purpose);

    /** The same for a case whose gate the caller has passed ({@code opening} from {@code CaseGate.open}). */
    Optional<List<TimelineEntry>> read(CaseOpening opening, CurrentUser viewer, String purpose);

    /** Records a confirmed conversion to a named case (its ground and justification) on the timeline. */
    void recordConversion(CaseId caseId, Conversion conversion, CurrentUser user);
}
