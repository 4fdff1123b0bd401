package org.customerhub.standardize;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;

import java.util.Set;

/**
 * The comparison and blocking keys of one standardised record, as the search index stores them and the
 * scorer compares them. Each key is null when the record lacks the attribute; {@code givenRoots} is then
 * empty.
 *
 * @param givenFolded    folded given name ("anna lena")
 * @param givenRoots     canonical roots of the given name from the nickname list ("bill" gives {william})
 * @param middleInitial  first letter of the folded middle name ("m")
 * @param familyFolded   folded family name ("van der berg")
 * @param givenPhonetic  Double Metaphone of the given name
 * @param familyPhonetic Double Metaphone of the family name
 * @param familyNysiis   NYSIIS of the family name
 * @param dateOfBirth    ISO date
 * @param postcode       folded postcode without spaces ("sw1a1aa")
 * @param houseNumber    folded house number without spaces ("12a")
 * @param streetFolded   folded street
 * @param unitFolded     folded second address line (unit, building; some sources put the street there)
 * @param cityFolded     folded city
 * @param phone          E.164 phone
 * @param emailKey       {@link EmailStandardizer#matchKey} of the e-mail
 * @param identifier     the customer number the source knows the person by, folded, without spaces or
 *                       punctuation ("ssn 180-497" gives "ssn180497"), so formatting never separates two records
 */
public record MatchKeys(
        String givenFolded,
        Set<String> givenRoots,
        String middleInitial,
        String familyFolded,
        String givenPhonetic,
        String familyPhonetic,
        String familyNysiis,
        String dateOfBirth,
        String postcode,
        String houseNumber,
        String streetFolded,
        String unitFolded,
        String cityFolded,
        String phone,
        String emailKey,
        String identifier) {

    public MatchKeys {
        givenRoots = givenRoots == null ? Set.of() : Set.copyOf(givenRoots);
    }

    public static MatchKeys of(CanonicalRecord standardized) {
        return of(standardized, Nicknames.standard());
    }

    public static MatchKeys of(CanonicalRecord standardized, Nicknames nicknames) {
        String given = folded(standardized, CanonicalAttribute.GIVEN_NAME);
        String middle = folded(standardized, CanonicalAttribute.MIDDLE_NAME);
        String family = folded(standardized, CanonicalAttribute.FAMILY_NAME);
        return new MatchKeys(
                given,
                given == null ? Set.of() : nicknames.roots(given),
                middle == null ? null : middle.substring(0, 1),
                family,
                PhoneticKeys.doubleMetaphone(given),
                PhoneticKeys.doubleMetaphone(family),
                PhoneticKeys.nysiis(family),
                standardized.getOrNull(CanonicalAttribute.DATE_OF_BIRTH),
                withoutSpaces(folded(standardized, CanonicalAttribute.POSTCODE)),
                withoutSpaces(folded(standardized, CanonicalAttribute.HOUSE_NUMBER)),
                folded(standardized, CanonicalAttribute.STREET),
                folded(standardized, CanonicalAttribute.UNIT),
                folded(standardized, CanonicalAttribute.CITY),
                standardized.getOrNull(CanonicalAttribute.PHONE),
                EmailStandardizer.matchKey(standardized.getOrNull(CanonicalAttribute.EMAIL)),
                withoutSpaces(folded(standardized, CanonicalAttribute.CUSTOMER_NUMBER)));
    }

    private static String folded(CanonicalRecord record, CanonicalAttribute attribute) {
        String folded = TextFolding.fold(record.getOrNull(attribute));
        return folded.isEmpty() ? null : folded;
    }

    private static String withoutSpaces(String folded) {
        return folded == null ? null : folded.replace(" ", "");
    }
}
