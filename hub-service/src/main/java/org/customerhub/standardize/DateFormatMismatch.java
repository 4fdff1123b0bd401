package org.customerhub.standardize;

/** The value does not follow the date pattern the source's mapping declares, or names no real day. */
public class DateFormatMismatch extends UnusableDate {
    public DateFormatMismatch(String pattern) {
        super("value does not match " + pattern);
    }
}
