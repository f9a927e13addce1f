package no.samvirke.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many wrong passwords a sign-in may cost before it is refused (application.yml,
 * {@code samvirke.login-throttle.*}; ADR 0022).
 *
 * @param accountMaxFailures failed sign-ins of one username within {@code accountLock} before it is locked
 * @param accountLock        how long a locked username is refused, counted from the failure that locked it
 * @param addressMaxFailures failed sign-ins from one client address (IPv6: its /64) per {@code addressWindow}
 * @param addressWindow      the period over which the address's failures are counted (they drain evenly)
 * @param maxTracked         how many usernames and addresses are remembered at most (oldest forgotten first)
 */
@Validated
@ConfigurationProperties("samvirke.login-throttle")
record LoginThrottleSettings(
        @DefaultValue("5") @Min(1) @Max(100) int accountMaxFailures,
        @DefaultValue("PT15M") @NotNull Duration accountLock,
        @DefaultValue("20") @Min(1) @Max(10_000) int addressMaxFailures,
        @DefaultValue("PT15M") @NotNull Duration addressWindow,
        @DefaultValue("100000") @Min(100) long maxTracked) {
}
