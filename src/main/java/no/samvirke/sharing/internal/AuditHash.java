package no.samvirke.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;
import no.samvirke.sharing.AuditEntry;

/**
 * SHA-256 over a canonical serialization of an entry: every field except the hash itself, in
 * declaration order, each written as {@code length:value} (null as {@code ~}) and separated by
 * {@code |}, so that no two different entries serialize alike.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEntry e) {
        String canonical = Stream.of(e.id(), e.occurredAt(), e.username(), e.agency(), e.caseId(), e.action(),
                        e.items(), e.legalBasis(), e.purpose(), e.remoteAddress(), e.beforeValue(), e.afterValue(),
                        e.prevHash())
                .map(AuditHash::field)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        return sha256(canonical);
    }

    static boolean matches(AuditEntry e) {
        return Objects.equals(of(e), e.hash());
    }

    private static String field(Object value) {
        if (value == null) {
            return "~";
        }
        String text = value.toString();
        return text.length() + ":" + text;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
