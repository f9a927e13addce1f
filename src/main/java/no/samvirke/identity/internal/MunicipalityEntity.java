package no.samvirke.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.samvirke.identity.Municipality;

@Entity
@Table(name = "municipality")
class MunicipalityEntity {

    @Id
    private String code;
    private String name;
    private String referencePrefix;
    private String policeDistrictCode;

    protected MunicipalityEntity() {
    }

    Municipality toRecord() {
        return new Municipality(code, name, referencePrefix, policeDistrictCode);
    }
}
