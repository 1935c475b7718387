package fi.pyykkinaru.privacy;

/** A retention the organisers' page cannot take; the message key says why in the organiser's language. */
public class InvalidRetentionException extends IllegalArgumentException {

    private final String messageKey;

    InvalidRetentionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
