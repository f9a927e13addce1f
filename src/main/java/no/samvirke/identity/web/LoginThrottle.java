package no.samvirke.identity.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address in token buckets (Bucket4j) kept in
 * a bounded Caffeine cache, on the application's {@link Clock} (ADR 0022). A sign-in takes one
 * token of each <em>before</em> its password is checked, so parallel guesses cannot outrun the
 * count; a success gives them back (and resets the username), a failure keeps them. The
 * username's last token spent on a failure locks it for {@code accountLock} from that moment.
 * Unknown usernames are counted exactly like known ones. Passwords never reach this class.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_KEY_LENGTH = 128;

    private final LoginThrottleSettings settings;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTime(clock);
        this.accounts = cache(settings.accountLock(), settings.maxTracked());
        this.addresses = cache(settings.addressWindow(), settings.maxTracked());
    }

    /** One sign-in attempt that holds a token of its username and of its address until it ends. */
    interface Attempt {
        void succeeded();

        void failed();

        /** The password was never checked (the user store was unreachable): nothing is counted. */
        void abandoned();
    }

    /** Refuses the sign-in when either counter is spent; otherwise takes a token of each. */
    Attempt begin(String username, String clientAddress) {
        String account = accountKey(username);
        String address = addressKey(clientAddress);
        Bucket accountBucket = accounts.get(account, k -> accountBucket(settings.accountMaxFailures()));
        Bucket addressBucket = addresses.get(address, k -> addressBucket());
        if (!accountBucket.tryConsume(1)) {
            throw refused(account, address, accountBucket, addressBucket);
        }
        if (!addressBucket.tryConsume(1)) {
            accountBucket.addTokens(1);
            throw refused(account, address, accountBucket, addressBucket);
        }
        return new Attempt() {
            @Override
            public void succeeded() {
                accounts.invalidate(account);
                addressBucket.addTokens(1);
            }

            @Override
            public void failed() {
                log.info("Sign-in failed: account={} address={}", account, address);
                if (accountBucket.getAvailableTokens() == 0) {
                    accounts.put(account, accountBucket(0));
                    log.warn("Sign-in locked for {}: account={} address={}", settings.accountLock(), account, address);
                }
            }

            @Override
            public void abandoned() {
                accountBucket.addTokens(1);
                addressBucket.addTokens(1);
            }
        };
    }

    /** Refuses the sign-in while either counter is spent, taking nothing (before a cached check). */
    void refuseWhileThrottled(String username, String clientAddress) {
        String account = accountKey(username);
        String address = addressKey(clientAddress);
        Bucket accountBucket = accounts.getIfPresent(account);
        Bucket addressBucket = addresses.getIfPresent(address);
        if (spent(accountBucket) || spent(addressBucket)) {
            throw refused(account, address, accountBucket, addressBucket);
        }
    }

    private LoginThrottledException refused(String account, String address, Bucket... buckets) {
        long nanos = Arrays.stream(buckets).filter(LoginThrottle::spent)
                .mapToLong(b -> b.estimateAbilityToConsume(1).getNanosToWaitForRefill()).max().orElse(0);
        LoginThrottledException refusal = new LoginThrottledException(Duration.ofNanos(nanos));
        log.info("Sign-in refused, too many failures: account={} address={} retryAfter={}s",
                account, address, refusal.retryAfterSeconds());
        return refusal;
    }

    private static boolean spent(Bucket bucket) {
        return bucket != null && !bucket.estimateAbilityToConsume(1).canBeConsumed();
    }

    /** {@code initialTokens} failures left now; all of them back {@code accountLock} after the bucket is made. */
    private Bucket accountBucket(long initialTokens) {
        int max = settings.accountMaxFailures();
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(l -> l.capacity(max).refillIntervally(max, settings.accountLock()).initialTokens(initialTokens))
                .build();
    }

    private Bucket addressBucket() {
        int max = settings.addressMaxFailures();
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(l -> l.capacity(max).refillGreedy(max, settings.addressWindow()))
                .build();
    }

    /** A bucket untouched for its whole period is full again, so it may be forgotten then. */
    private Cache<String, Bucket> cache(Duration period, long maxTracked) {
        return Caffeine.newBuilder().maximumSize(maxTracked).expireAfterAccess(period)
                .ticker(time::currentTimeNanos).build();
    }

    /** The username as typed (usernames are case-sensitive), without control characters, capped. */
    static String accountKey(String username) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return name.length() > MAX_KEY_LENGTH ? name.substring(0, MAX_KEY_LENGTH) : name;
    }

    /** The client address; an IPv6 address counts by its /64, which one client usually holds whole. */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') >= 0 && address.matches("[0-9A-Fa-f:.]{2,45}")) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress(); // hex digits and colons only: a literal, never a name lookup
                if (bytes.length == 16) {
                    Arrays.fill(bytes, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
                }
            } catch (UnknownHostException e) {
                return accountKey(address);
            }
        }
        return accountKey(address);
    }

    /** Bucket4j's and Caffeine's time from the application's clock, so tests can move it. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
