package no.samvirke.notification.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity a duplicate is recognised by, as a SHA-256 hash: the national id when given,
 * otherwise the normalised name (case and spacing ignored) with the birth date.
 */
final class PersonKey {

    private PersonKey() {
    }

    static String of(String name, LocalDate birthDate, String nationalId) {
        String identity = nationalId != null && !nationalId.isBlank()
                ? "nid:" + nationalId.strip()
                : "nb:" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + "|" + birthDate;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
