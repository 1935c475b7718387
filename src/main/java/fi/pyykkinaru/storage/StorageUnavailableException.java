package fi.pyykkinaru.storage;

/** The data folder cannot take new writes (disk full, read-only); thrown before anything is written. */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String reason) {
        super(reason);
    }
}
