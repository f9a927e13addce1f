package no.samvirke.platform;

/**
 * Something the user asked for does not exist, or the user may not know that it exists.
 * Both answer 404, so that nothing is revealed by the difference.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
