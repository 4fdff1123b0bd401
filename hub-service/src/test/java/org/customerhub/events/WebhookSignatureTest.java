package org.customerhub.events;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery signature against a published HMAC-SHA256 test vector, and the retry back-off. */
class WebhookSignatureTest {
    @Test
    void theSignatureIsHmacSha256OfTimeDotBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        String header = WebhookSignature.header("whsec_x", 1_700_000_000L, "{\"id\":1}");
        assertThat(header).isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("whsec_x", "1700000000.{\"id\":1}"));
        assertThat(WebhookSignature.verify("whsec_x", header, "{\"id\":1}")).isTrue();
        assertThat(WebhookSignature.verify("whsec_x", header, "{\"id\":2}")).isFalse();
        assertThat(WebhookSignature.verify("whsec_y", header, "{\"id\":1}")).isFalse();
        assertThat(WebhookSignature.verify("whsec_x", "v1=abc", "{\"id\":1}")).isFalse();
    }

    @Test
    void theBackOffDoublesUpToItsCap() {
        EventSettings settings = new EventSettings(Duration.ofSeconds(5), Duration.ofMinutes(1), 8, Duration.ofSeconds(10), List.of("localhost"));
        assertThat(List.of(1, 2, 3, 4, 5, 20).stream().map(settings::backoffAfter).toList()).containsExactly(
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThat(settings.allowsHttp("localhost")).isTrue();
        assertThat(settings.allowsHttp("example.com")).isFalse();
    }
}
