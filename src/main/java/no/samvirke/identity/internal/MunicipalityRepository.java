package no.samvirke.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<MunicipalityEntity, String> {

    boolean existsByReferencePrefix(String referencePrefix);
}
