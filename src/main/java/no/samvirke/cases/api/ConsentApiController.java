package no.samvirke.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samvirke.identity.Users;
import no.samvirke.sharing.consent.ConsentForm;
import no.samvirke.sharing.consent.ConsentGiver;
import no.samvirke.sharing.consent.ConsentList;
import no.samvirke.sharing.consent.ConsentView;
import no.samvirke.sharing.consent.Consents;
import no.samvirke.sharing.consent.NewConsent;
import no.samvirke.sharing.consent.RecipientCategory;
import no.samvirke.sharing.consent.Withdrawal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/concerns/{id}/consents")
@Tag(name = "Consents", description = "Consent records of a case (kjernegruppe and SLT coordinator)")
class ConsentApiController {

    record ConsentJson(ConsentGiver givenBy, String givenByName, Set<RecipientCategory> recipients,
                       LocalDate validFrom, LocalDate validTo, ConsentForm form, String witness,
                       String documentReference) {
    }

    record WithdrawJson(String reason, Long version) {
    }

    /** {@code identified}: whether the giver's name, witness and reason are included. */
    record ConsentsJson(boolean identified, List<ConsentView> consents) {
        static ConsentsJson of(ConsentList list) {
            return new ConsentsJson(list.identified(), list.consents());
        }
    }

    private final Consents consents;
    private final Users users;

    ConsentApiController(Consents consents, Users users) {
        this.consents = consents;
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Record a consent (who gave it, to whom, from today on, written with its document reference "
            + "or oral with its witness); only the SLT coordinator or the source service, otherwise 403")
    ResponseEntity<ConsentView> record(@PathVariable UUID id, @RequestBody ConsentJson body) {
        ConsentView created = consents.record(id, new NewConsent(body.givenBy(), body.givenByName(),
                body.recipients(), body.validFrom(), body.validTo(), body.form(), body.witness(), body.documentReference()),
                users.current(), "api:consent:record");
        return ResponseEntity.created(URI.create("/api/v1/concerns/" + id + "/consents/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "The consents of a case with their status; names only where the subject is visible")
    ConsentsJson list(@PathVariable UUID id) {
        return ConsentsJson.of(consents.list(id, users.current(), "api:consents"));
    }

    @PostMapping("/{consentId}/withdraw")
    @Operation(summary = "Withdraw a consent; takes effect for every later view")
    ConsentView withdraw(@PathVariable UUID id, @PathVariable UUID consentId, @RequestBody WithdrawJson body) {
        return consents.withdraw(id, consentId, new Withdrawal(body.reason(), body.version()), users.current(),
                "api:consent:withdraw");
    }
}
