package no.samvirke.clarification.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.clarification.internal.TalkReader;
import no.samvirke.clarification.internal.TalkView;
import no.samvirke.identity.Users;
import no.samvirke.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clarification talks as the caller may see them (the police see the whole record, the
 * kjernegruppe's municipal members the assessment and next steps at the level the sharing rules
 * give them, never the notes). The talk itself is worked from the task inbox.
 */
@RestController
@RequestMapping("/api/v1/clarification-talks")
class ClarificationTalkApiController {

    private final TalkReader reader;
    private final Users users;

    ClarificationTalkApiController(TalkReader reader, Users users) {
        this.reader = reader;
        this.users = users;
    }

    @GetMapping
    Map<String, List<TalkView>> ofCase(@RequestParam UUID caseId) {
        return Map.of("talks", reader.ofCase(caseId, users.current(), "api:clarification-talks")
                .orElseThrow(() -> new NotFoundException("case")));
    }

    @GetMapping("/{id}")
    TalkView one(@PathVariable UUID id) {
        return reader.one(id, users.current(), "api:clarification-talk").orElseThrow(() -> new NotFoundException("talk"));
    }
}
