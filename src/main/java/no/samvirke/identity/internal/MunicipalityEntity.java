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

    MunicipalityEntity(Municipality municipality) {
        this.code = municipality.code();
        this.name = municipality.name();
        this.referencePrefix = municipality.referencePrefix();
        this.policeDistrictCode = municipality.policeDistrictCode();
    }

    /** The code and the reference prefix never change (references already given carry the prefix). */
    void rename(String name, String policeDistrictCode) {
        this.name = name;
        this.policeDistrictCode = policeDistrictCode;
    }

    Municipality toRecord() {
        return new Municipality(code, name, referencePrefix, policeDistrictCode);
    }
}
