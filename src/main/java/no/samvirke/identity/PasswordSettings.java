package no.samvirke.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The password policy of local accounts (application.yml, {@code samvirke.identity.password.*}).
 *
 * @param minLength the fewest characters a new password may have (NIST SP 800-63B: length, not rules)
 */
@Validated
@ConfigurationProperties("samvirke.identity.password")
record PasswordSettings(@DefaultValue("12") @Min(8) @Max(PasswordPolicy.MAX_LENGTH) int minLength) {
}
