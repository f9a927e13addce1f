package no.samvirke.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import no.samvirke.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Active users as they are today, asked on every request (ExternalSignIn.refresh): remembered for a
 * short while, per day (a membership that ends yesterday is not in force today), and forgotten at
 * once, and again after the commit, whenever anything about that user changes.
 */
@Component
class SignedInUsers {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private record Key(String username, LocalDate day) {
    }

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final Clock clock;
    private final Cache<Key, Optional<CurrentUser>> cache = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    SignedInUsers(UserAccountRepository accounts, MembershipRepository memberships, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Membership dates are Norwegian days. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }

    /** The user if the account is active (with an employment), memberships in force today. */
    Optional<CurrentUser> active(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return cache.get(new Key(username, today()), k -> accounts.findById(username)
                .filter(UserAccount::active).map(this::user));
    }

    /** Any status: the user as they would be today, if they have an employment. */
    Optional<CurrentUser> anyStatus(String username) {
        return accounts.findById(username).map(this::user);
    }

    CurrentUser user(UserAccount account) {
        return account.toCurrentUser(memberships.findByUsername(account.username()), today());
    }

    void changed(String username) {
        forget(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(username);
                }
            });
        }
    }

    private void forget(String username) {
        cache.asMap().keySet().removeIf(k -> k.username().equals(username));
    }
}
