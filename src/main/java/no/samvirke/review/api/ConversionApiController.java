package no.samvirke.review.api;

import java.util.Map;
import java.util.UUID;
import no.samvirke.identity.Users;
import no.samvirke.review.internal.ConvertToNamedCase;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/concerns/{id}/conversion} with {@code legalBasis} (a {@code LegalGround}),
 * {@code justification} and, for CONSENT, {@code consentReference}: 204 when converted, 400 with
 * one entry per field, 404 for a case the user is not in the kjernegruppe of, 409 when the case is
 * not discussed anonymously.
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
        return ResponseEntity.noContent().build();
    }
}
