package no.samvirke.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A notification's municipality, read-only, for scoping the privacy officer's trail: reads of a
 * notification (the entry's case id is the notification's id) belong to the municipality it is
 * about. Maps only the id and the municipality code of the notification module's row, no
 * personal data.
 */
@Entity
@Immutable
@Table(name = "notification")
class NotificationMunicipality {

    @Id
    private UUID id;
    private String municipalityCode;

    protected NotificationMunicipality() {
    }

    String municipalityCode() {
        return municipalityCode;
    }
}
