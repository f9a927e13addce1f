package no.samvirke.identity.internal;

import java.util.List;
import no.samvirke.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, String> {

    @Query("select u.username from UserAccount u join u.roles r where r = :role and u.enabled = true")
    List<String> findUsernamesWithRole(Role role);
}
