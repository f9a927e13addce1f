package no.samvirke.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The key of the audit chain's HMAC (issue 11, path 11). It is never stored in the database, so a
 * database administrator who edits, deletes or re-chains entries cannot compute valid hashes. From
 * {@code samvirke.audit.hmac-key} (env {@code AUDIT_HMAC_KEY}, at least 32 characters). Without one,
 * the embedded default (a trial on one machine) generates a development key in a file under
 * {@code ./data}; under the {@code postgres} profile the application refuses to start.
 */
@Component
class AuditKey {

    static final int MIN_LENGTH = 32;

    private final byte[] key;

    AuditKey(@Value("${samvirke.audit.hmac-key:}") String configured,
             @Value("${samvirke.audit.dev-key-file:./data/audit-hmac.key}") Path devKeyFile, Environment env) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("samvirke.audit.hmac-key (AUDIT_HMAC_KEY) must be at least "
                        + MIN_LENGTH + " characters");
            }
            key = configured.strip().getBytes(StandardCharsets.UTF_8);
        } else if (env.acceptsProfiles(Profiles.of("postgres"))) {
            throw new IllegalStateException("The audit chain needs a key that is not in the database: set "
                    + "AUDIT_HMAC_KEY (samvirke.audit.hmac-key, at least " + MIN_LENGTH + " characters, kept outside "
                    + "the database and its backups). Samvirke does not start on PostgreSQL without it.");
        } else {
            key = devKey(devKeyFile);
        }
    }

    byte[] bytes() {
        return Arrays.copyOf(key, key.length);
    }

    private static byte[] devKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("The development audit key file could not be read or written: " + file, e);
        }
    }
}
