package no.samvirke.cases.api;

import java.time.LocalDate;
import java.util.UUID;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Users;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.NotFoundException;
import no.samvirke.sharing.ContactHold;
import no.samvirke.sharing.ContactHolds;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** PST's "do not contact the family" hold: PST sets and releases it; participants read it. */
@RestController
@RequestMapping("/api/v1/concerns/{id}/contact-hold")
class ContactHoldApiController {

    record SetHold(String reason, LocalDate expiresOn) {
    }

    private final ContactHolds holds;
    private final Users users;

    ContactHoldApiController(ContactHolds holds, Users users) {
        this.holds = holds;
        this.users = users;
    }

    @GetMapping
    ContactHold show(@PathVariable UUID id) {
        return view(id, users.current());
    }

    @PostMapping
    ContactHold set(@PathVariable UUID id, @RequestBody SetHold body) {
        CurrentUser user = users.current();
        holds.set(CaseId.of(id), body.reason(), body.expiresOn(), user);
        return view(id, user);
    }

    @DeleteMapping
    ContactHold delete(@PathVariable UUID id) {
        return release(id);
    }

    @PostMapping("/release")
    ContactHold release(@PathVariable UUID id) {
        CurrentUser user = users.current();
        holds.release(CaseId.of(id), user);
        return view(id, user);
    }

    private ContactHold view(UUID id, CurrentUser user) {
        return holds.view(CaseId.of(id), user).orElseThrow(() -> new NotFoundException("case"));
    }
}
