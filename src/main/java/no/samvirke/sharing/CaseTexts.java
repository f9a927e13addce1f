package no.samvirke.sharing;

import java.util.List;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;

/**
 * Free text written in a case by a user of some service (the kjernegruppe's reasons, measures,
 * police notes), disclosed to one viewer as processes/disclosure.dmn decides for the text's
 * source service. FULL gives the text as written, unless the viewer may not see the subject
 * identified: then the subject's name, national id and birth date are scrubbed from it.
 * ANONYMISED is always scrubbed; NONE gives no text. Each call appends one READ audit entry
 * naming the text ids and their levels (never the texts).
 */
public interface CaseTexts {

    /**
     * @param texts   the texts to disclose, each with an id unique in the case (e.g. "entry:&lt;uuid&gt;")
     * @param purpose why they are read, e.g. "api:timeline" or "task:user_review_concern"
     * @return one disclosed text per given text, in the same order; empty when the viewer may not
     *         know that the case exists (answer 404), exactly as {@link CaseViews#view} does
     */
    Optional<List<DisclosedText>> disclose(CaseId caseId, CurrentUser viewer, List<SourcedText> texts, String purpose);

    /** The same for a case whose gate the caller has passed ({@code opening} from {@link CaseGate#open}). */
    Optional<List<DisclosedText>> disclose(CaseOpening opening, CurrentUser viewer, List<SourcedText> texts,
                                           String purpose);
}
