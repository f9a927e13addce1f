package no.samvirke.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The audit chain's key: never from the database; required on PostgreSQL; a dev key file otherwise. */
class AuditKeyTest {

    @TempDir Path dir;

    @Test
    void withoutAKeyThePostgresProfileRefusesToStartAndSaysWhy() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("postgres");
        assertThatThrownBy(() -> new AuditKey("", dir.resolve("k"), env))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AUDIT_HMAC_KEY");
        assertThat(Files.exists(dir.resolve("k"))).isFalse();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new AuditKey("too-short", dir.resolve("k"), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32");
    }

    @Test
    void theEmbeddedDefaultKeepsOneGeneratedDevKeyAcrossRestarts() {
        byte[] first = new AuditKey(null, dir.resolve("data/audit-hmac.key"), new MockEnvironment()).bytes();
        byte[] second = new AuditKey(null, dir.resolve("data/audit-hmac.key"), new MockEnvironment()).bytes();
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
    }

    @Test
    void theKeyDecidesTheHash() {
        var entry = new no.samvirke.audit.AuditEntry(1, java.time.Instant.EPOCH, "u", "MUNICIPALITY", null,
                no.samvirke.audit.AuditAction.EXPORT, "entries=0", "b", "p", null, null, null, AuditHash.GENESIS, null);
        MockEnvironment env = new MockEnvironment();
        String a = new AuditHash(new AuditKey("a".repeat(32), dir, env)).of(entry);
        String b = new AuditHash(new AuditKey("b".repeat(32), dir, env)).of(entry);
        assertThat(a).hasSize(64).isNotEqualTo(b);
    }
}
