package no.samvirke.platform.web;

import java.io.IOException;

/**
 * More bytes were read from a JSON request to the API than {@code samvirke.api.max-json-body}
 * allows (a chunked body, or one whose Content-Length lied). An {@link IOException}, so that Jackson
 * passes it through unchanged; {@link ApiProblemHandler} answers 413.
 */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException(long maxBytes) {
        super("Request body larger than " + maxBytes + " bytes");
    }

    /** True if {@code e} or one of its causes is this exception. */
    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
