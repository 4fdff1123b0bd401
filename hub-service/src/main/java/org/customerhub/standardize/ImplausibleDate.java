package org.customerhub.standardize;

/** A real calendar day that cannot be anyone's date of birth: in the future or before 1900. */
public class ImplausibleDate extends UnusableDate {
    public ImplausibleDate() {
        super("value is not a plausible date of birth: it is before " + DateParsing.EARLIEST + " or in the future");
    }
}
