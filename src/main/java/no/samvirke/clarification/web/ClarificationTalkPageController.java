package no.samvirke.clarification.web;

import java.util.UUID;
import no.samvirke.clarification.internal.TalkReader;
import no.samvirke.identity.Users;
import no.samvirke.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The clarification talks of a case, as the viewer may see them. */
@Controller
class ClarificationTalkPageController {

    private final TalkReader reader;
    private final Users users;

    ClarificationTalkPageController(TalkReader reader, Users users) {
        this.reader = reader;
        this.users = users;
    }

    @GetMapping("/saker/{caseId}/avklaringssamtaler")
    String talks(@PathVariable UUID caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("talks", reader.ofCase(caseId, users.current(), "page:clarification-talks")
                .orElseThrow(() -> new NotFoundException("case")));
        return "clarification/talks";
    }
}
