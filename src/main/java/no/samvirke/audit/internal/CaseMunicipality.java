package no.samvirke.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A case's municipality, read-only, for scoping the privacy officer's trail in one query (no
 * personal data: the id and the municipality code of intake's {@code concern} row).
 */
@Entity
@Immutable
@Table(name = "concern")
class CaseMunicipality {

    @Id
    private UUID id;
    private String municipalityCode;

    protected CaseMunicipality() {
    }

    String municipalityCode() {
        return municipalityCode;
    }
}
