package org.customerhub.governance;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.customerhub.mastering.CustomerNumber;
import org.customerhub.mastering.CustomerNumberScheme;
import org.customerhub.mastering.MasterRecordRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbers new masters in the approved {@code customer-number-format} in force, else in the default {@link CustomerNumber}
 * format; numbers already issued never change. Two formats can write one text for two sequence values (C + 8 digits
 * and no check digit, C + 7 digits and a check digit without separator), so a number a master holds already is not
 * issued again: that sequence value gets its default number, which equals another format's number only for the
 * same sequence value (both are C, the plain value of seven or more digits, a hyphen and the same check digit).
 */
@Singleton
public class GovernedCustomerNumbers implements CustomerNumberScheme {
    private static final Logger LOG = LoggerFactory.getLogger(GovernedCustomerNumbers.class);
    // a provider: the definitions reach mastering (flagging), which numbers masters through this scheme
    private final Provider<GovernedRules> rules;
    private final MasterRecordRepository masters;

    public GovernedCustomerNumbers(Provider<GovernedRules> rules, MasterRecordRepository masters) {
        this.rules = rules;
        this.masters = masters;
    }

    @Override
    public String format(long sequence) {
        String fallback = CustomerNumber.forSequence(sequence).value();
        CustomerNumberFormat format = rules.get().customerNumberFormat().map(ApprovedDefinition::rule).orElse(null);
        if (format == null) return fallback;
        if (String.valueOf(sequence).length() > format.digits()) {
            LOG.warn("master sequence {} outgrew the {} digits of the approved customer-number format: default format used", sequence, format.digits());
            return fallback;
        }
        String number = format.format(sequence);
        if (masters.findByCustomerNumber(number).isPresent()) {
            LOG.warn("customer number {} of an earlier format is taken: master sequence {} numbered {}", number, sequence, fallback);
            return fallback;
        }
        return number;
    }

    @Override
    public boolean isWellFormed(String number) {
        return rules.get().customerNumberFormat().map(f -> f.rule().matches(number)).orElse(false) || CustomerNumber.isWellFormed(number);
    }
}
