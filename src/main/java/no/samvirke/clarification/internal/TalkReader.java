package no.samvirke.clarification.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.samvirke.clarification.internal.TalkView.PoliceDetails;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.CaseTexts;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.DisclosureLevel;
import no.samvirke.sharing.InformationItem;
import no.samvirke.sharing.SourcedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads talks for one viewer, entirely through the sharing module: the texts through
 * {@link CaseTexts} (gate, DMN per text, READ audit) and the police part only when
 * {@link CaseInformation} lets the viewer read the talk's police/PST-only notes. No gate of its own.
 */
@Service
@Transactional(readOnly = true)
public class TalkReader {

    private final ClarificationTalkRepository talks;
    private final CaseTexts texts;
    private final CaseInformation information;

    TalkReader(ClarificationTalkRepository talks, CaseTexts texts, CaseInformation information) {
        this.talks = talks;
        this.texts = texts;
        this.information = information;
    }

    /** @return empty when the viewer may not know the case exists (answer 404) */
    public Optional<List<TalkView>> ofCase(UUID caseId, CurrentUser viewer, String purpose) {
        return read(caseId, talks.findByCaseIdOrderByCreatedAtAsc(caseId), viewer, purpose);
    }

    /** @return empty for an unknown talk or a viewer who may not know its case exists (answer 404) */
    public Optional<TalkView> one(UUID talkId, CurrentUser viewer, String purpose) {
        return talks.findById(talkId).flatMap(t -> read(t.caseId(), List.of(t), viewer, purpose)).map(l -> l.get(0));
    }

    private Optional<List<TalkView>> read(UUID caseId, List<ClarificationTalk> found, CurrentUser viewer,
                                          String purpose) {
        List<SourcedText> sourced = found.stream().map(TalkReader::text).toList();
        return texts.disclose(CaseId.of(caseId), viewer, sourced, purpose).map(disclosed -> {
            Map<UUID, InformationItem> notes = notesVisibleTo(caseId, found, viewer, purpose);
            return IntStream.range(0, found.size())
                    .mapToObj(i -> view(found.get(i), disclosed.get(i), notesOf(found.get(i), notes)))
                    .toList();
        });
    }

    private Map<UUID, InformationItem> notesVisibleTo(UUID caseId, List<ClarificationTalk> found, CurrentUser viewer,
                                                      String purpose) {
        if (found.stream().allMatch(t -> t.notesItemId() == null)) {
            return Map.of();
        }
        return information.list(CaseId.of(caseId), viewer, purpose).orElse(List.of()).stream()
                .collect(Collectors.toMap(InformationItem::id, Function.identity()));
    }

    private static InformationItem notesOf(ClarificationTalk talk, Map<UUID, InformationItem> visible) {
        return talk.notesItemId() == null ? null : visible.get(talk.notesItemId());
    }

    /** The parts the kjernegruppe may be shown, sourced from the service of whoever concluded the talk. */
    private static SourcedText text(ClarificationTalk t) {
        return new SourcedText("talk:" + t.id(), t.authorService() == null ? t.conductorService() : t.authorService(),
                t.assessmentReasons(), t.nextSteps(), t.recommendation());
    }

    private static TalkView view(ClarificationTalk t, DisclosedText text, InformationItem notes) {
        boolean shown = text.access().level() != DisclosureLevel.NONE;
        PoliceDetails details = notes == null ? null : new PoliceDetails(t.minor(), t.invitee(), t.proposedDate(),
                t.place(), t.participants(), t.guardiansPresent(), t.topics(), notes.text());
        return new TalkView(t.id(), t.caseId(), t.context(), t.status(), t.conductorService(), t.attendanceBasis(),
                t.invitedOn(), t.invitations(), t.heldOn(), t.concludedAt(), t.authorUsername(), t.authorService(),
                shown ? t.assessment() : null, text.part(0), text.part(1), shown ? t.newTalkPlanned() : null,
                text.part(2), text.access(), details);
    }
}
