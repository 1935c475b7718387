package fi.pyykkinaru.storage;

/**
 * A backup that cannot be opened, and why, in words an organiser at the command line understands: the key is
 * missing, it is another key than the backup was made with, or the file is no backup or was altered.
 */
public class BackupRefusedException extends Exception {

    /** Why; each has its own message and exit status. */
    public enum Reason {
        NO_KEY(2), WRONG_KEY(3), TAMPERED(4), NOT_A_BACKUP(5), TARGET_NOT_EMPTY(6);

        final int exitStatus;

        Reason(int exitStatus) {
            this.exitStatus = exitStatus;
        }

        /** The i18n key of its message. */
        public String messageKey() {
            return "backup.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final transient Object[] args;

    BackupRefusedException(Reason reason, Object... args) {
        super(reason + " " + java.util.Arrays.toString(args));
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** What its message names (files, folders). */
    public Object[] args() {
        return args.clone();
    }
}
