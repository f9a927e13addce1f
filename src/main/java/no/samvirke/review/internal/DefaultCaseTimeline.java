package no.samvirke.review.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.CaseId;
import no.samvirke.review.CaseTimeline;
import no.samvirke.review.TimelineEntry;
import no.samvirke.sharing.CaseGate;
import no.samvirke.sharing.CaseOpening;
import no.samvirke.sharing.CaseTexts;
import no.samvirke.sharing.Conversion;
import no.samvirke.sharing.DisclosedText;
import no.samvirke.sharing.NotificationCaseLinks;
import no.samvirke.sharing.SourcedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's timeline for a kjernegruppe member of its municipality, and records a conversion on it. */
@Service
class DefaultCaseTimeline implements CaseTimeline {

    /** The kind of entry a confirmed conversion to a named case leaves. */
    static final String CONVERSION = "conversion";

    private final CaseGate gate;
    private final ReviewEntryRepository entries;
    private final CaseTexts caseTexts;
    private final NotificationCaseLinks links;
    private final TimelineRecorder recorder;
    private final Clock clock;

    DefaultCaseTimeline(CaseGate gate, ReviewEntryRepository entries, CaseTexts caseTexts, NotificationCaseLinks links,
                        TimelineRecorder recorder, Clock clock) {
        this.gate = gate;
        this.entries = entries;
        this.caseTexts = caseTexts;
        this.links = links;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<TimelineEntry>> read(CaseId caseId, CurrentUser viewer, String purpose) {
        if (!gate.isMember(CaseId.of(caseId.value()), viewer)) {
            return Optional.empty();
        }
        return read(caseId.value(), viewer, purpose, texts -> caseTexts.disclose(CaseId.of(caseId.value()), viewer, texts, purpose));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<TimelineEntry>> read(CaseOpening opening, CurrentUser viewer, String purpose) {
        if (!opening.member()) {
            return Optional.empty();
        }
        return read(opening.caseId().value(), viewer, purpose, texts -> caseTexts.disclose(opening, viewer, texts, purpose));
    }

    private Optional<List<TimelineEntry>> read(UUID caseId, CurrentUser viewer, String purpose,
                                               Function<List<SourcedText>, Optional<List<DisclosedText>>> disclose) {
        Map<UUID, Boolean> shown = new HashMap<>();
        List<ReviewEntry> recorded = entries.findByCaseIdOrderByRecordedAtAsc(caseId).stream()
                .filter(e -> e.notificationShown() == null || shown.computeIfAbsent(e.notificationShown(),
                        notification -> links.mayShowLink(notification, CaseId.of(caseId), viewer, purpose)))
                .toList();
        return disclose.apply(recorded.stream().map(ReviewEntry::text).toList())
                .map(texts -> IntStream.range(0, recorded.size())
                        .mapToObj(i -> recorded.get(i).toTimelineEntry(texts.get(i))).toList());
    }

    @Override
    @Transactional
    public void recordConversion(CaseId caseId, Conversion conversion, CurrentUser user) {
        Recorded recorded = Recorded.of(conversion.ground().name(), conversion.justification());
        recorder.record(new ReviewEntry(caseId.value(), CONVERSION, "-", user, clock.instant(), recorded),
                user, conversion.ground().reference());
    }
}
