package fi.pyykkinaru.staff;

/** Why an account or a setup link was refused; the key names a translated message. */
public class AccountProblem extends RuntimeException {

    private final String key;

    AccountProblem(String key) {
        super(key);
        this.key = key;
    }

    /** Translation key of the message shown to the person. */
    public String key() {
        return key;
    }
}
