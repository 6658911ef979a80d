package vn.cchc.rollup.read;

/** A file that cannot be read at all; the message is Vietnamese, for the analyst. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
