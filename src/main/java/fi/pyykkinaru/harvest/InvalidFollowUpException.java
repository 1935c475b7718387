package fi.pyykkinaru.harvest;

/** A step of the follow-up lacks what it needs (a publication's address, a reason to decline …). */
public class InvalidFollowUpException extends IllegalArgumentException {

    private final String messageKey;

    InvalidFollowUpException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
