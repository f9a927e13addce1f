package no.samvirke.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.samvirke.audit.AuditEntry;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256, keyed with {@link AuditKey} (not in the database), over a canonical serialization of
 * an entry: every field except the hash itself, in declaration order, each written as
 * {@code length:value} (null as {@code ~}) and separated by {@code |}, so that no two different
 * entries serialize alike. The chain head carries a MAC of its own ({@link #ofHead}), so that a
 * deleted tail with the head moved back is noticed too.
 */
@Component
class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private final SecretKeySpec key;

    AuditHash(AuditKey key) {
        this.key = new SecretKeySpec(key.bytes(), "HmacSHA256");
    }

    String of(AuditEntry e) {
        return hmac(canonical(e));
    }

    boolean matches(AuditEntry e) {
        return Objects.equals(of(e), e.hash());
    }

    String ofHead(long lastEntryId, String lastHash) {
        return hmac("head|" + lastEntryId + "|" + lastHash);
    }

    static String canonical(AuditEntry e) {
        return Stream.of(e.id(), e.occurredAt(), e.username(), e.agency(), e.caseId(), e.action(),
                        e.items(), e.legalBasis(), e.purpose(), e.remoteAddress(), e.beforeValue(), e.afterValue(),
                        e.prevHash())
                .map(AuditHash::field)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static String field(Object value) {
        if (value == null) {
            return "~";
        }
        String text = value.toString();
        return text.length() + ":" + text;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
