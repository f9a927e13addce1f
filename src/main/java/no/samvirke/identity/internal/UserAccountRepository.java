package no.samvirke.identity.internal;

import java.util.List;
import no.samvirke.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;

/** Derived queries only: a string {@code @Query} would start Spring Data's HQL parser at start-up (ADR 0018). */
interface UserAccountRepository extends JpaRepository<UserAccount, String> {

    List<UserAccount> findByEnabledTrueAndRolesContaining(Role role);

    default List<String> findUsernamesWithRole(Role role) {
        return findByEnabledTrueAndRolesContaining(role).stream().map(UserAccount::username).toList();
    }
}
