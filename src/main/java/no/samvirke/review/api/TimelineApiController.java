package no.samvirke.review.api;

import java.util.List;
import java.util.UUID;
import no.samvirke.identity.Users;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.review.CaseTimeline;
import no.samvirke.review.TimelineEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's timeline as JSON, for kjernegruppe members of the case's municipality: per entry its
 * free text as sharing disclosed it and {@code access {level, legalBasis}}. Others: 404.
 */
@RestController
class TimelineApiController {

    private final Users users;
    private final CaseTimeline timeline;

    TimelineApiController(Users users, CaseTimeline timeline) {
        this.users = users;
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/cases/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        return timeline.read(CaseId.of(id), users.current(), "api:timeline").orElseThrow(() -> new NotFoundException("case"));
    }
}
