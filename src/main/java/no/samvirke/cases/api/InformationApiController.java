package no.samvirke.cases.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.sharing.CaseInformation;
import no.samvirke.sharing.InformationItem;
import no.samvirke.sharing.NewInformation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graded case information. The list carries each item's {@code access}; items the caller may
 * not see are absent, and there is deliberately no total that could reveal them.
 */
@RestController
@RequestMapping("/api/v1/concerns/{id}/information")
class InformationApiController {

    private final CaseInformation information;
    private final Users users;

    InformationApiController(CaseInformation information, Users users) {
        this.information = information;
        this.users = users;
    }

    @GetMapping
    Map<String, List<InformationItem>> list(@PathVariable UUID id) {
        CurrentUser user = users.current();
        return Map.of("items", information.list(CaseId.of(id), user, "api:information")
                .orElseThrow(() -> new NotFoundException("case")));
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> add(@PathVariable UUID id, @RequestBody NewInformation body) {
        UUID itemId = information.add(CaseId.of(id), body, users.current());
        return ResponseEntity.created(URI.create("/api/v1/concerns/" + id + "/information/" + itemId))
                .body(Map.of("id", itemId));
    }
}
