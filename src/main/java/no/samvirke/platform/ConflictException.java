package no.samvirke.platform;

/** The request clashes with the current state (someone else was first): answered with 409. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String messageKey;

    /** @param messageKey key in the message bundles that explains the conflict to the user */
    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
