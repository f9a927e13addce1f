package no.samvirke.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.samvirke.identity.PoliceDistrict;

@Entity
@Table(name = "police_district")
class PoliceDistrictEntity {

    @Id
    private String code;
    private String name;

    protected PoliceDistrictEntity() {
    }

    PoliceDistrictEntity(String code, String name) {
        this.code = code;
        this.name = name;
    }

    PoliceDistrict toRecord() {
        return new PoliceDistrict(code, name);
    }
}
