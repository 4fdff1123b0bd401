package org.customerhub.cleansing;

/** The cleanser cannot answer now; nothing was proposed and the same request may succeed later. */
public class CleanserUnavailable extends RuntimeException {
    public CleanserUnavailable(String message) {
        super(message);
    }

    public CleanserUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
