package org.customerhub.mastering;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** {@link CustomerNumber}'s format; used while no other scheme (an approved definition) is in the context. */
@Singleton
// secondary: the scheme from governance's approved customer-number format replaces it
@Secondary
public class DefaultCustomerNumberScheme implements CustomerNumberScheme {
    @Override
    public String format(long sequence) {
        return CustomerNumber.forSequence(sequence).value();
    }

    @Override
    public boolean isWellFormed(String number) {
        return CustomerNumber.isWellFormed(number);
    }
}
