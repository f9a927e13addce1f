package no.samvirke.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PoliceDistrictRepository extends JpaRepository<PoliceDistrictEntity, String> {
}
