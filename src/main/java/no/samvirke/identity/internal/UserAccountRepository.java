package no.samvirke.identity.internal;

import java.util.List;
import java.util.Optional;
import no.samvirke.identity.AccountStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Derived queries only: a string {@code @Query} would start Spring Data's HQL parser at start-up (ADR 0018). */
interface UserAccountRepository extends JpaRepository<UserAccount, String> {

    Optional<UserAccount> findByProviderAndExternalId(String provider, String externalId);

    List<UserAccount> findByStatusOrderByDisplayName(AccountStatus status);

    List<UserAccount> findAllByOrderByDisplayName();
}
