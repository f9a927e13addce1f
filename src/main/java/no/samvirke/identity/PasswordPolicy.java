package no.samvirke.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a new password of a local account must be: at least {@code minLength} characters (12 unless
 * configured), at most {@link #MAX_LENGTH} characters and {@link #MAX_BYTES} bytes (bcrypt reads no
 * further), not one of the 10,000 most common passwords (also with digits or signs added at the
 * end), and not containing the username or a part of the display name; all compared ignoring case.
 * No composition rules (NIST SP 800-63B). The password itself is never logged or kept.
 */
@Component
public class PasswordPolicy {

    public static final int MAX_LENGTH = 128;
    /** bcrypt uses the first 72 bytes only; Spring Security refuses longer ones. */
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";
    private static final int SHORTEST_NAME_PART = 4;

    private final int minLength;
    private final Set<String> common;

    @Autowired
    PasswordPolicy(PasswordSettings settings) {
        this(settings.minLength(), load(COMMON_PASSWORDS));
    }

    PasswordPolicy(int minLength, Set<String> common) {
        this.minLength = minLength;
        this.common = common;
    }

    /** Why a password is refused. Each has its message {@code password.refused.<name in lower case>}. */
    public enum Refusal {
        TOO_SHORT, TOO_LONG, COMMON, CONTAINS_NAME;

        public String messageKey() {
            return "password.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public int minLength() {
        return minLength;
    }

    /** Empty when {@code password} may be the new password of the user with this username and display name. */
    public Optional<Refusal> check(String password, String username, String displayName) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", ""))) {
            return Optional.of(Refusal.COMMON);
        }
        if (containsName(lower, username, displayName)) {
            return Optional.of(Refusal.CONTAINS_NAME);
        }
        return Optional.empty();
    }

    private static boolean containsName(String lowerPassword, String username, String displayName) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        if (name.length() >= SHORTEST_NAME_PART && lowerPassword.contains(name)) {
            return true;
        }
        String shown = displayName == null ? "" : displayName.toLowerCase(Locale.ROOT);
        return Arrays.stream(shown.split("[^\\p{L}\\p{N}]+"))
                .filter(part -> part.length() >= SHORTEST_NAME_PART)
                .anyMatch(lowerPassword::contains);
    }

    static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
