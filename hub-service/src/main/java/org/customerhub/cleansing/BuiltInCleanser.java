package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The cleanser that needs no network: the rules and tables the hub ships (USPS Publication 28, libphonenumber). */
public final class BuiltInCleanser implements Cleanser {
    public static final String NAME = "builtin";
    /** Raised whenever a rule or table changes what the cleanser proposes, so proposals say which rules made them. */
    public static final String VERSION = "builtin-1";
    private final String defaultPhoneRegion;
    private final Clock clock;

    public BuiltInCleanser(String defaultPhoneRegion, Clock clock) {
        this.defaultPhoneRegion = defaultPhoneRegion;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CleansingAnswer cleanse(CleansingRequest request) {
        List<FieldResult> fields = switch (request.kind()) {
            case ADDRESS -> UsAddresses.cleanse(request);
            case NAME -> PersonNames.cleanse(request);
            case PHONE -> single(request, CanonicalAttribute.PHONE, v -> ContactDetails.phone(v, defaultPhoneRegion));
            case EMAIL -> single(request, CanonicalAttribute.EMAIL, ContactDetails::email);
            case DATE_OF_BIRTH -> single(request, CanonicalAttribute.DATE_OF_BIRTH, v -> BirthDates.check(v, LocalDate.now(clock)));
        };
        return new CleansingAnswer(NAME, VERSION, fields);
    }

    private static List<FieldResult> single(CleansingRequest request, CanonicalAttribute attribute,
                                            java.util.function.Function<String, FieldResult> check) {
        String value = request.value(attribute);
        return value == null ? List.of() : List.of(check.apply(value));
    }
}
