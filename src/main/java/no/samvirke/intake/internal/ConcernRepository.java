package no.samvirke.intake.internal;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConcernRepository extends JpaRepository<Concern, UUID> {

    List<Concern> findTop200ByReporterUsernameOrderByRegisteredAtDesc(String reporterUsername);

    @Query("select c.id from Concern c where c.municipalityCode = :municipality and c.subjectNationalId = :nationalId"
            + " order by c.registeredAt")
    List<UUID> idsByNationalId(@Param("municipality") String municipality, @Param("nationalId") String nationalId);

    @Query("select c.id from Concern c where c.municipalityCode = :municipality and lower(c.subjectName) = :name"
            + " and c.subjectBirthDate = :birthDate order by c.registeredAt")
    List<UUID> idsByNameAndBirthDate(@Param("municipality") String municipality, @Param("name") String name,
                                     @Param("birthDate") java.time.LocalDate birthDate);
}
