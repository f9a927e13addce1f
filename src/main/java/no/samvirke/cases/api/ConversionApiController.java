package no.samvirke.cases.api;

import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.Users;
import no.samvirke.cases.internal.ConvertToNamedCase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/concerns/{id}/conversion} with {@code legalBasis} (a {@code LegalGround}),
 * {@code justification} and, for CONSENT, {@code consentReference}: 202 when proposed (the case
 * stays anonymised), 400 with one entry per field, 404 for a case the user is not in the
 * kjernegruppe of, 409 when the case is not discussed anonymously or a proposal is waiting.
 * {@code POST /api/v1/concerns/{id}/conversion/confirm} by a different member: 204 when converted,
 * 409 when nothing is proposed or the proposer confirms their own proposal.
 */
@RestController
class ConversionApiController {

    private final Users users;
    private final ConvertToNamedCase convert;

    ConversionApiController(Users users, ConvertToNamedCase convert) {
        this.users = users;
        this.convert = convert;
    }

    @PostMapping("/api/v1/concerns/{id}/conversion")
    ResponseEntity<Void> convert(@PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body) {
        convert.handle(new ConvertToNamedCase.Command(id, body == null ? Map.of() : body, users.current()));
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/v1/concerns/{id}/conversion/confirm")
    ResponseEntity<Void> confirm(@PathVariable UUID id) {
        convert.confirm(id, users.current());
        return ResponseEntity.noContent().build();
    }
}
