package org.customerhub.it;

import org.customerhub.mastering.CustomerNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Master search on the steward pages: by customer number, source key, phone, e-mail and name. */
@ExtendWith(TestHub.class)
class MasterSearchTest {
    private static final Pattern RESULT = Pattern.compile("data-number=\"([^\"]+)\"");
    static Fixtures.Source hotel;
    static Fixtures.Source spa;
    static String family;
    static String phone;
    static String renee;
    static String bruno;
    static String spaKey;
    static WebSession steward;

    /** Two masters sharing a family name: Renée (a hotel guest, also a spa client) and Bruno. */
    @BeforeAll
    static void twoCustomersOfOneFamily() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
        family = Fixtures.uniqueName();
        phone = Fixtures.phone();
        String reneeKey = Fixtures.key("HP-");
        Http.Answer inHotel = hotel.http().put(hotel.records() + reneeKey, IngestAndMatchFlowTest.hotelGuest(reneeKey, family, "Renée",
                "03/14/1985", phone, "Renee." + family + "@Example.com"));
        renee = inHotel.json().get("customerNumber").asText();
        spaKey = Fixtures.key("SPA/2024/");
        Http.Answer inSpa = spa.http().put(spa.records() + Http.encode(spaKey),
                IngestAndMatchFlowTest.spaClient(spaKey, "Renee", family, "1985-03-14", phone, null));
        assertThat(inSpa.json().get("customerNumber").asText()).as(inSpa.toString()).isEqualTo(renee);
        String brunoKey = Fixtures.key("HP-");
        bruno = hotel.http().put(hotel.records() + brunoKey, IngestAndMatchFlowTest.hotelGuest(brunoKey, family, "Bruno",
                "11/02/1950", null, null)).json().get("customerNumber").asText();
        assertThat(bruno).isNotEqualTo(renee);
        steward = WebSession.logIn("steward");
    }

    private static List<String> found(WebSession.Page page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        Matcher m = RESULT.matcher(page.html());
        while (m.find()) numbers.add(m.group(1));
        return numbers;
    }

    private static WebSession.Page search(String q, String by) {
        return steward.get("/ui/masters?q=" + WebSession.enc(q) + (by == null ? "" : "&by=" + WebSession.enc(by)));
    }

    @Test
    void aCustomerNumberOpensItsMasterAndAMistypedOneIsExplained() {
        WebSession.Page opened = search(" " + renee.toLowerCase() + " ", null);
        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).isEqualTo("/ui/masters/" + renee);
        assertThat(search(renee, "number").location()).isEqualTo("/ui/masters/" + renee);

        char last = renee.charAt(renee.length() - 1);
        String mistyped = renee.substring(0, renee.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        WebSession.Page refused = search(mistyped, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.textOf("search-error")).contains("check digit of " + mistyped + " does not match");
        assertThat(refused.html()).contains("value=\"" + mistyped + "\"");

        String unknown = CustomerNumber.forSequence(9_999_999).value();
        WebSession.Page none = search(unknown, "number");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.textOf("no-results")).isEqualTo("No customer found for " + unknown + ".");
    }

    @Test
    void aSourceKeyFindsTheMasterOfThatRecord() {
        assertThat(found(search(spaKey, "source:" + spa.code()))).containsExactly(renee);
        assertThat(found(search(spaKey, "source:" + hotel.code()))).isEmpty();
        WebSession.Page unknownSource = search(spaKey, "source:nowhere");
        assertThat(unknownSource.status()).isEqualTo(422);
        assertThat(unknownSource.textOf("search-error")).contains("'nowhere' is not a registered source");
        assertThat(search("x", null).html()).contains("<option value=\"source:" + spa.code() + "\">");
    }

    @Test
    void aPhoneIsFoundHoweverItIsTyped() {
        String digits = phone.replaceAll("\\D", "");
        assertThat(found(search(digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6), null))).contains(renee).doesNotContain(bruno);
        assertThat(found(search("+1 " + digits, "phone"))).contains(renee);
        WebSession.Page notAPhone = search("12", null);
        assertThat(notAPhone.status()).isEqualTo(422);
        assertThat(notAPhone.textOf("search-error")).contains("'12' is not a phone number");
    }

    @Test
    void anEmailIsFoundWhateverItsCase() {
        assertThat(found(search(("renee." + family + "@example.com").toUpperCase(), null))).containsExactly(renee);
    }

    @Test
    void aNameIsFoundByItsFoldedFormWithOrWithoutTheGivenName() {
        assertThat(found(search(family.toUpperCase(), null))).containsExactlyInAnyOrder(renee, bruno);
        assertThat(found(search(family.toLowerCase() + ", RENEE", "name"))).containsExactly(renee);
        assertThat(found(search(family + ", Renée", null))).containsExactly(renee);
        assertThat(found(search(family + ", Bru", null))).isEmpty();
        WebSession.Page page = search(family + ", bruno", null);
        assertThat(page.textOf("results")).contains(bruno, "Bruno " + family, "1950-11-02", "Las Vegas");
        assertThat(page.html()).contains("href=\"/ui/masters/" + bruno + "\"");
    }

    @Test
    void onlyStewardsSearch() {
        assertThat(WebSession.logIn("committee").get("/ui/masters?q=" + family).status()).isEqualTo(403);
        assertThat(WebSession.logIn("admin").get("/ui/masters?q=" + family).status()).isEqualTo(403);
    }
}
