package org.customerhub.governance;

import org.customerhub.governance.rules.Condition;
import org.customerhub.governance.rules.Policy;
import org.customerhub.interaction.CustomerActivity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleLanguageTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String LOST = """
            (not first_seen_at within 18 months
               and not exists(kind in ("stay", "spa_visit", "purchase") and at within 18 months))
            or exists(kind = "cancellation_request" and status = "completed")
            """;

    @Test
    void aCustomerWithoutVisitsFor18MonthsIsLostAndARecentStayKeepsThem() {
        Condition lost = compileCondition(DefinitionKind.LOST_CUSTOMER, LOST);
        CustomerActivity quiet = activity(daysAgo(900), item("hotel", "stay", "completed", daysAgo(700)));
        CustomerActivity recent = activity(daysAgo(900), item("hotel", "stay", "completed", daysAgo(700)), item("spa", "spa_visit", "completed", daysAgo(30)));

        assertThat(lost.test(quiet, NOW)).isTrue();
        assertThat(lost.test(recent, NOW)).isFalse();
    }

    @Test
    void aCompletedCancellationIsLostWhateverElseHappened() {
        Condition lost = compileCondition(DefinitionKind.LOST_CUSTOMER, LOST);
        CustomerActivity cancelled = activity(daysAgo(10), item("spa", "spa_visit", "completed", daysAgo(5)),
                item("casino", "cancellation_request", "completed", daysAgo(2)));

        assertThat(lost.test(cancelled, NOW)).isTrue();
    }

    @Test
    void aNewCustomerWasFirstSeenRecently() {
        Condition isNew = compileCondition(DefinitionKind.NEW_CUSTOMER, "first_seen_at within 90 days and master_created_at within 90 days");

        assertThat(isNew.test(activity(daysAgo(10)), NOW)).isTrue();
        assertThat(isNew.test(activity(daysAgo(10), item("hotel", "stay", "completed", daysAgo(400))), NOW)).isFalse();
    }

    @Test
    void countsAndNumbersCompare() {
        Condition loyal = compileCondition(DefinitionKind.NEW_CUSTOMER, "count(kind = \"stay\") >= 2 and silos > 1");
        assertThat(loyal.test(activity(daysAgo(10), item("hotel", "stay", "completed", daysAgo(3)), item("spa", "stay", "completed", daysAgo(2))), NOW)).isTrue();
        assertThat(loyal.test(activity(daysAgo(10), item("hotel", "stay", "completed", daysAgo(3))), NOW)).isFalse();
    }

    @Test
    void aContactPolicyDeniesWithTheInteractionsThatConflict() {
        Policy policy = (Policy) DefinitionBodies.compile(DefinitionKind.CONTACT_POLICY, """
                deny "open cancellation elsewhere" when purpose = "upsell_offer"
                  and exists(kind = "cancellation_request" and status = "open" and silo != caller)
                warn "recent complaint" when exists(kind = "complaint" and at within 30 days)
                """);
        CustomerActivity.Item cancellation = item("casino", "cancellation_request", "open", daysAgo(1));
        CustomerActivity activity = activity(daysAgo(100), cancellation, item("hotel", "stay", "completed", daysAgo(2)));

        Policy.Decision upsell = policy.decide(activity.with(Map.of("purpose", "upsell_offer", "caller", "hotel")), NOW);
        assertThat(upsell.outcome()).isEqualTo(Policy.Outcome.DENY);
        assertThat(upsell.decisive().rule().name()).isEqualTo("open cancellation elsewhere");
        assertThat(upsell.decisive().evidence()).containsExactly(cancellation);

        // the cancellation is the casino's own: no conflict for the casino
        assertThat(policy.decide(activity.with(Map.of("purpose", "upsell_offer", "caller", "casino")), NOW).outcome()).isEqualTo(Policy.Outcome.ALLOW);
    }

    @Test
    void aHouseholdRuleComparesTheTwoRecordsOfAPair() {
        Condition household = compileCondition(DefinitionKind.HOUSEHOLD_RULE, "same(street) and same(postcode) and same(phone)");
        Map<String, Object> pair = Map.of("a.street", "main st", "b.street", "main st", "a.postcode", "89109", "b.postcode", "89109",
                "a.phone", "+17025550142", "b.phone", "+17025550142");

        assertThat(household.test(pair::get, NOW)).isTrue();
        assertThat(household.test(name -> name.equals("b.phone") ? null : pair.get(name), NOW)).isFalse();
    }

    @Test
    void aHouseholdRuleNamesTheAttributesItsMembersShare() {
        Condition household = compileCondition(DefinitionKind.HOUSEHOLD_RULE,
                "# one address, one phone\nsame(street) and (same(house_number) and same(postcode))\n  and same(phone) and same(street)");

        assertThat(household.sameAttributes()).containsExactly("street", "house_number", "postcode", "phone");
        assertThat(compileCondition(DefinitionKind.HOUSEHOLD_RULE, "same(city)").sameAttributes()).containsExactly("city");
    }

    @Test
    void aHouseholdRuleWithOrOrNotIsRefusedWhereItIsNotAnEquivalence() {
        assertThatThrownBy(() -> compileCondition(DefinitionKind.HOUSEHOLD_RULE, "same(street) and\n  (same(family_name) or same(phone))"))
                .isInstanceOf(InvalidBody.class)
                .hasMessageStartingWith("line 2, column 22: a household rule joins same(attribute) only with and")
                .hasMessageContaining("with or, A and B could share a household through C without sharing anything");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.HOUSEHOLD_RULE, "same(street) and not same(phone)"))
                .isInstanceOf(InvalidBody.class)
                .hasMessageStartingWith("line 1, column 18: a household rule joins same(attribute) only with and")
                .hasMessageContaining("with not");
        // the pair sees only canonical attributes, so nothing but same(...) can be written besides and, or, not
        assertThatThrownBy(() -> compileCondition(DefinitionKind.NEW_CUSTOMER, "records > 1").sameAttributes())
                .hasMessageContaining("a household rule is only same(attribute) joined with and");
    }

    @Test
    void unknownFactsAreRefusedWithTheirPositionAndWhatIsKnown() {
        assertThatThrownBy(() -> compileCondition(DefinitionKind.LOST_CUSTOMER, "first_seen_at within 90 days\n  and frist_record_at within 2 days"))
                .isInstanceOf(InvalidBody.class)
                .hasMessageStartingWith("line 2, column 7: unknown fact 'frist_record_at'")
                .hasMessageContaining("first_record_at");
    }

    @Test
    void typosInVocabulariesTypeErrorsAndSyntaxAreRefused() {
        assertThatThrownBy(() -> compileCondition(DefinitionKind.LOST_CUSTOMER, "exists(kind = \"cancelation_request\")"))
                .hasMessageStartingWith("line 1, column 15: \"cancelation_request\" is not a known kind");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.LOST_CUSTOMER, "records within 3 days"))
                .hasMessageContaining("'within' needs a point in time");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.LOST_CUSTOMER, "records > \"3\""))
                .hasMessageContaining("cannot compare a number with a text");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.LOST_CUSTOMER, "records > 3 and"))
                .hasMessageContaining("line 1, column 16: the rule ends");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.LOST_CUSTOMER, "records"))
                .hasMessageContaining("a condition must be true or false");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.NEW_CUSTOMER, "same(street)"))
                .hasMessageContaining("cannot be used here");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.NEW_CUSTOMER, "kind = \"stay\""))
                .hasMessageContaining("unknown fact 'kind'").hasMessageContaining("inside exists/count: kind");
        assertThatThrownBy(() -> compileCondition(DefinitionKind.NEW_CUSTOMER, "records > 1; System.exit(1)"))
                .hasMessageContaining("unexpected character ';'");
    }

    @Test
    void aPolicyNeedsNamedRules() {
        assertThatThrownBy(() -> DefinitionBodies.compile(DefinitionKind.CONTACT_POLICY, "deny when purpose = \"survey\""))
                .hasMessageContaining("expected the rule's name in quotes");
        assertThatThrownBy(() -> DefinitionBodies.compile(DefinitionKind.CONTACT_POLICY, "deny \"a\" when purpose = \"survey\"\nwarn \"a\" when purpose = \"service\""))
                .hasMessageStartingWith("line 2, column 6: a rule named \"a\" is already defined");
    }

    @Test
    void theStartingDefinitionsCompile() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> defaults = (List<Map<String, Object>>) new org.yaml.snakeyaml.Yaml().load(
                RuleLanguageTest.class.getClassLoader().getResourceAsStream("governance/defaults.yml"));
        assertThat(defaults).hasSize(5);
        defaults.forEach(d -> assertThat(DefinitionBodies.compile(DefinitionKind.fromWire((String) d.get("kind")).orElseThrow(), (String) d.get("body"))).isNotNull());
    }

    @Test
    void nomenclatureAndNumberFormatBodiesAreChecked() {
        assertThatThrownBy(() -> DefinitionBodies.compile(DefinitionKind.NOMENCLATURE, "captured: [given_name, middle_nme]"))
                .hasMessageContaining("'middle_nme' in captured is not a canonical attribute");
        assertThatThrownBy(() -> DefinitionBodies.compile(DefinitionKind.NOMENCLATURE, "captured: [given_name]\nformats:\n  middle_name: initial"))
                .hasMessageStartingWith("line 3").hasMessageContaining("not captured");
        assertThatThrownBy(() -> DefinitionBodies.compile(DefinitionKind.NOMENCLATURE, "captured: [given_name\nrequired: x"))
                .hasMessageContaining("not readable YAML");
        CustomerNumberFormat format = (CustomerNumberFormat) DefinitionBodies.compile(DefinitionKind.CUSTOMER_NUMBER_FORMAT,
                "prefix: C\ndigits: 7\nseparator: \"-\"\ncheck-digit: luhn");
        assertThat(format.format(1234)).isEqualTo("C0001234-4");
        assertThat(format.matches("C0001234-4")).isTrue();
        assertThat(format.matches("C0001234-5")).isFalse();
    }

    private static Condition compileCondition(DefinitionKind kind, String body) {
        return (Condition) DefinitionBodies.compile(kind, body);
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }

    private static CustomerActivity.Item item(String silo, String kind, String status, Instant at) {
        return new CustomerActivity.Item(at.toEpochMilli(), silo, "K-1", "I-" + at.toEpochMilli(), kind, status, at, null, null);
    }

    private static CustomerActivity activity(Instant firstRecord, CustomerActivity.Item... items) {
        List<CustomerActivity.Item> sorted = List.of(items).stream().sorted((a, b) -> b.at().compareTo(a.at())).toList();
        return new CustomerActivity(1, "C0000001-8", firstRecord, List.of(firstRecord), sorted.stream().map(CustomerActivity.Item::silo).toList(), sorted);
    }
}
