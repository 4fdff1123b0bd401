package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP adapter against a fake vendor on the loopback interface: every status, and every way a vendor fails. */
class VendorCleanserTest {
    private FakeVendor vendor;

    @BeforeEach
    void startVendor() throws IOException {
        vendor = new FakeVendor();
    }

    @AfterEach
    void stopVendor() {
        vendor.close();
    }

    /** Generous request timeout: a busy build machine must not turn a prompt answer into a timeout. */
    private VendorCleanser adapter(int maxAttempts, int failureThreshold, Duration openFor, double permitsPerSecond, Duration maxWait) {
        return adapter(Duration.ofSeconds(5), maxAttempts, failureThreshold, openFor, permitsPerSecond, maxWait);
    }

    private VendorCleanser adapter(Duration requestTimeout, int maxAttempts, int failureThreshold, Duration openFor,
                                   double permitsPerSecond, Duration maxWait) {
        return new VendorCleanser(new VendorSettings("acme", vendor.url(), "secret-key", Duration.ofSeconds(2), requestTimeout,
                maxAttempts, Duration.ofMillis(20), Duration.ofMillis(100), failureThreshold, openFor, permitsPerSecond, 1, maxWait),
                Clock.systemUTC());
    }

    /** Times out after 500 ms, against slow answers of 8 s: whatever the machine's load, slow is slow. */
    private VendorCleanser impatientAdapter() {
        return adapter(Duration.ofMillis(500), 3, 3, Duration.ofSeconds(30), 1000, Duration.ofSeconds(1));
    }

    private VendorCleanser adapter() {
        return adapter(3, 3, Duration.ofSeconds(30), 1000, Duration.ofSeconds(1));
    }

    private static CleansingRequest address() {
        return new CleansingRequest("record-42-address", CleansingKind.ADDRESS, Map.of(
                CanonicalAttribute.STREET, "Desert Inn Road", CanonicalAttribute.HOUSE_NUMBER, "1234", CanonicalAttribute.POSTCODE, "89169"));
    }

    @Test
    void sendsTheValuesWithTheKeyAndReadsTheAnswer() {
        vendor.thenEveryField("verified", 4, 96, v -> v.replace("Road", "Rd"), "SUFFIX_ABBREVIATED");

        CleansingAnswer answer = adapter().cleanse(address());

        assertThat(vendor.received).hasSize(1);
        assertThat(vendor.received.get(0).authorization()).isEqualTo("Bearer secret-key");
        assertThat(vendor.received.get(0).body().path("requestId").asText()).isEqualTo("record-42-address");
        assertThat(vendor.received.get(0).body().path("kind").asText()).isEqualTo("address");
        assertThat(vendor.received.get(0).body().path("fields").path("street").asText()).isEqualTo("Desert Inn Road");
        assertThat(answer.cleanser()).isEqualTo("acme");
        assertThat(answer.version()).isEqualTo("fake-2026.12");
        FieldResult street = answer.fields().stream().filter(f -> f.attribute() == CanonicalAttribute.STREET).findFirst().orElseThrow();
        assertThat(street.before()).isEqualTo("Desert Inn Road");
        assertThat(street.after()).isEqualTo("Desert Inn Rd");
        assertThat(street.status()).isEqualTo(FieldStatus.VERIFIED);
        assertThat(street.level()).isEqualTo(4);
        assertThat(street.score()).isEqualTo(96);
        assertThat(street.codes()).containsExactly("SUFFIX_ABBREVIATED");
    }

    @ParameterizedTest
    @EnumSource(FieldStatus.class)
    void readsEveryResultStatus(FieldStatus status) {
        vendor.thenEveryField(status.wireName(), 2, 50, v -> v + " X", "SOME_CODE");

        CleansingAnswer answer = adapter().cleanse(address());

        assertThat(answer.fields()).hasSize(3).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(status);
            // a reverted field is the input, whatever value the vendor put beside it
            assertThat(f.after()).isEqualTo(status == FieldStatus.REVERTED ? f.before() : f.before() + " X");
        });
    }

    @Test
    void aServerErrorIsRetriedWithBackOff() {
        vendor.then(500, "{\"error\":\"busy\"}").then(503, "");

        long started = System.nanoTime();
        CleansingAnswer answer = adapter().cleanse(address());

        assertThat(vendor.received).hasSize(3);
        assertThat(answer.fields()).allSatisfy(f -> assertThat(f.status()).isEqualTo(FieldStatus.VERIFIED));
        // 20 ms, then 40 ms
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }

    @Test
    void aVendorThatKeepsFailingMakesTheCleanserUnavailableAfterTheLastAttempt() {
        vendor.then(500, "").then(500, "").then(500, "").then(500, "");

        assertThatThrownBy(() -> adapter().cleanse(address()))
                .isInstanceOf(CleanserUnavailable.class)
                .hasMessageContaining("after 3 attempts").hasMessageContaining("HTTP 500");
        assertThat(vendor.received).hasSize(3);
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        vendor.thenSlow(8000);

        long started = System.nanoTime();
        CleansingAnswer answer = impatientAdapter().cleanse(address());

        assertThat(answer.fields()).hasSize(3);
        assertThat(vendor.received).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(6000));
    }

    @Test
    void aVendorThatIsAlwaysSlowCostsAtMostTheTimeoutsAndBackOffs() {
        vendor.thenSlow(8000).thenSlow(8000).thenSlow(8000);

        long started = System.nanoTime();
        assertThatThrownBy(() -> impatientAdapter().cleanse(address())).isInstanceOf(CleanserUnavailable.class)
                .hasMessageContaining("HttpTimeoutException");
        // three timeouts of 500 ms and back-offs of 20 and 40 ms: far less than one slow answer, even on a busy machine
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(6000));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<html>Service Unavailable</html>",
            "{\"requestId\":\"record-42-address\",\"version\":\"v1\"}",
            "{\"requestId\":\"another\",\"version\":\"v1\",\"fields\":{}}",
            "{\"requestId\":\"record-42-address\",\"version\":\"v1\",\"fields\":{\"street\":{\"value\":\"x\",\"status\":\"perfect\",\"level\":3,\"score\":90}}}",
            "{\"requestId\":\"record-42-address\",\"version\":\"v1\",\"fields\":{\"street\":{\"value\":\"x\",\"status\":\"verified\",\"level\":9,\"score\":90}}}",
            "{\"requestId\":\"record-42-address\",\"version\":\"v1\",\"fields\":{\"street\":{\"value\":\"x\",\"status\":\"verified\",\"level\":3,\"score\":90}}}",
            "{\"requestId\":\"record-42-address\",\"version\":\"v1\",\"fields\":{\"given_name\":{\"value\":\"x\",\"status\":\"verified\",\"level\":3,\"score\":90}}}",
            "",
    })
    void aGarbageAnswerIsUnreadableAndNotRetried(String body) {
        vendor.then(200, body);

        assertThatThrownBy(() -> adapter().cleanse(address())).isInstanceOf(CleanserAnswerUnreadable.class);
        assertThat(vendor.received).hasSize(1);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheVendorsRetryAfter() {
        vendor.then(new FakeVendor.Reply(429, r -> "", 0, Map.of("Retry-After", "0")));

        CleansingAnswer answer = adapter().cleanse(address());

        assertThat(answer.fields()).hasSize(3);
        assertThat(vendor.received).hasSize(2);
    }

    @Test
    void aRefusedKeyIsNotRetried() {
        vendor.then(401, "{\"error\":\"bad key\"}");

        assertThatThrownBy(() -> adapter().cleanse(address())).isInstanceOf(CleanserUnavailable.class).hasMessageContaining("refused the key");
        assertThat(vendor.received).hasSize(1);
    }

    @Test
    void aRefusedRequestIsUnreadableNotRetried() {
        vendor.then(422, "{\"error\":\"unknown kind\"}");

        assertThatThrownBy(() -> adapter().cleanse(address())).isInstanceOf(CleanserAnswerUnreadable.class).hasMessageContaining("HTTP 422");
        assertThat(vendor.received).hasSize(1);
    }

    @Test
    void theClientSideRateLimitRefusesWhatWouldWaitTooLongAndSpacesTheRest() {
        // one call every ten seconds: the second call comes far sooner, however slow the first was
        VendorCleanser refusing = adapter(1, 3, Duration.ofSeconds(30), 0.1, Duration.ZERO);
        refusing.cleanse(address());
        assertThatThrownBy(() -> refusing.cleanse(address())).isInstanceOf(CleanserUnavailable.class).hasMessageContaining("rate limit");
        assertThat(vendor.received).hasSize(1);

        VendorCleanser waiting = adapter(1, 3, Duration.ofSeconds(30), 10, Duration.ofSeconds(1));
        long started = System.nanoTime();
        for (int i = 0; i < 4; i++) waiting.cleanse(address());
        // a burst of one, then one call every 100 ms
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(280));
        assertThat(vendor.received).hasSize(5);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAfterASuccessfulTrial() throws InterruptedException {
        VendorCleanser cleanser = adapter(1, 2, Duration.ofSeconds(1), 1000, Duration.ofSeconds(1));
        vendor.then(500, "").then(500, "");
        assertThatThrownBy(() -> cleanser.cleanse(address())).isInstanceOf(CleanserUnavailable.class);
        assertThat(cleanser.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThatThrownBy(() -> cleanser.cleanse(address())).isInstanceOf(CleanserUnavailable.class);
        assertThat(cleanser.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> cleanser.cleanse(address())).isInstanceOf(CleanserUnavailable.class).hasMessageContaining("circuit open");
        assertThat(vendor.received).hasSize(2);

        Thread.sleep(1100);
        assertThat(cleanser.circuitState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(cleanser.cleanse(address()).fields()).hasSize(3);
        assertThat(cleanser.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(vendor.received).hasSize(3);
    }

    @Test
    void aFailedTrialOpensTheCircuitAgain() throws InterruptedException {
        VendorCleanser cleanser = adapter(1, 1, Duration.ofSeconds(1), 1000, Duration.ofSeconds(1));
        vendor.then(500, "").then(500, "");
        assertThatThrownBy(() -> cleanser.cleanse(address())).isInstanceOf(CleanserUnavailable.class);
        Thread.sleep(1100);
        assertThatThrownBy(() -> cleanser.cleanse(address())).isInstanceOf(CleanserUnavailable.class).hasMessageContaining("HTTP 500");
        assertThat(cleanser.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> cleanser.cleanse(address())).hasMessageContaining("circuit open");
        assertThat(vendor.received).hasSize(2);
    }
}
