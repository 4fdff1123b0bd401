package org.customerhub.standardize;

/**
 * A date a source sent that cannot become a date of birth. Messages never repeat the value: it is personal
 * data and these messages reach logs and rejection reports.
 */
public abstract class UnusableDate extends RuntimeException {
    protected UnusableDate(String message) {
        super(message);
    }
}
