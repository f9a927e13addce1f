package no.samvirke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import no.samvirke.identity.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;

/** The shipped policy: the real list of common passwords, minimum 12. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new PasswordSettings(12));

    private Optional<Refusal> check(String password) {
        return policy.check(password, "skole", "Siri Skole (lærer)");
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(check("fjordhest kaffe 1987")).isEmpty();
        assertThat(check("x".repeat(11) + "y")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertThat(check("tyttebær-11")).contains(Refusal.TOO_SHORT);
        assertThat(check("tyttebær-123")).isEmpty();
        assertThat(check(null)).contains(Refusal.TOO_SHORT);
        assertThat(check("")).contains(Refusal.TOO_SHORT);
    }

    @Test
    void theMinimumIsConfigurable() {
        PasswordPolicy strict = new PasswordPolicy(new PasswordSettings(16));
        assertThat(strict.check("tyttebær-123", "skole", "Siri Skole")).contains(Refusal.TOO_SHORT);
        assertThat(strict.minLength()).isEqualTo(16);
    }

    @Test
    void moreThanBcryptReadsIsRefused() {
        assertThat(check("k".repeat(72))).isEmpty();
        assertThat(check("k".repeat(73))).contains(Refusal.TOO_LONG);
        assertThat(check("æ".repeat(37))).as("74 bytes in UTF-8").contains(Refusal.TOO_LONG);
        assertThat(check("k".repeat(129))).contains(Refusal.TOO_LONG);
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefusedInAnyCase() {
        assertThat(PasswordPolicy.load(PasswordPolicy.COMMON_PASSWORDS)).hasSize(10_000)
                .contains("password", "123456", "qwerty", "unbelievable", "contortionist");
        assertThat(check("unbelievable")).contains(Refusal.COMMON);
        assertThat(check("UnBelievAble")).contains(Refusal.COMMON);
        assertThat(check("Contortionist")).contains(Refusal.COMMON);
    }

    @Test
    void aCommonPasswordWithDigitsOrSignsAtTheEndIsStillCommon() {
        assertThat(check("password1234")).contains(Refusal.COMMON);
        assertThat(check("Sunshine2026!")).contains(Refusal.COMMON);
        assertThat(check("qwerty123456789")).contains(Refusal.COMMON);
    }

    @Test
    void theUsernameOrAPartOfTheDisplayNameInsideIsRefused() {
        assertThat(policy.check("mitt-asker-skole-pass", "asker-skole", "Aslak Asker")).contains(Refusal.CONTAINS_NAME);
        assertThat(check("SKOLEsekken-min-9")).contains(Refusal.CONTAINS_NAME);
        assertThat(check("hei-jeg-er-siri!!")).contains(Refusal.CONTAINS_NAME);
        assertThat(check("LÆRER-på-skolen9")).contains(Refusal.CONTAINS_NAME);
    }

    @Test
    void eachRefusalHasItsMessageKey() {
        assertThat(Refusal.TOO_SHORT.messageKey()).isEqualTo("password.refused.too-short");
        assertThat(Refusal.CONTAINS_NAME.messageKey()).isEqualTo("password.refused.contains-name");
    }
}
