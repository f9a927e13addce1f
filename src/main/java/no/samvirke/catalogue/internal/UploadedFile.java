package no.samvirke.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/** Reads an uploaded plan file up to {@link #MAX_BYTES}; checks who may upload. */
public final class UploadedFile {

    public static final int MAX_BYTES = 1024 * 1024;

    /** The upload is larger than {@link #MAX_BYTES}. */
    public static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("catalogue.upload.tooLarge");
        }
    }

    private UploadedFile() {
    }

    public static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void checkMayUpload(CurrentUser user) {
        if (!user.hasRole(Role.SLT_COORDINATOR) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("catalogue.upload.forbidden");
        }
    }
}
