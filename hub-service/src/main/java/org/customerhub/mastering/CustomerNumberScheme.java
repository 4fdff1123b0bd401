package org.customerhub.mastering;

/**
 * How a new master's customer number is written from its value of the never-reused master sequence. The hub's
 * default is {@link CustomerNumber} ({@code C0001234-6}); an approved governance definition can supply another.
 */
public interface CustomerNumberScheme {
    String format(long sequence);

    /** Whether a typed number has the shape (and check digit) of the numbers this scheme issues now. */
    boolean isWellFormed(String number);

    /** A number of this scheme, for the message that refuses a mistyped one. */
    default String example() {
        return format(1234);
    }
}
