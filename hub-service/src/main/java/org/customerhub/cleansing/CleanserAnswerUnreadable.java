package org.customerhub.cleansing;

/** The cleanser answered, but not in its documented format: the record is skipped and counted, not retried. */
public class CleanserAnswerUnreadable extends RuntimeException {
    public CleanserAnswerUnreadable(String message) {
        super(message);
    }
}
