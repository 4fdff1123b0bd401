package org.customerhub.cleansing;

import com.fasterxml.jackson.databind.JsonNode;
import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The external cleansing vendor over HTTP (wire format in the README, "Data cleansing"). Bounded in every way, so
 * that a slow or failing vendor costs a batch time but never blocks ingestion, which does not wait for cleansing:
 * connect and request timeouts, retries with exponential back-off (and the vendor's Retry-After on 429), a circuit
 * breaker that stops calling a vendor that keeps failing, and a client-side rate limit. Requests carry an opaque
 * reference and the values to check; logs carry the reference and status codes only.
 */
public final class VendorCleanser implements Cleanser {
    private static final Logger LOG = LoggerFactory.getLogger(VendorCleanser.class);
    private final VendorSettings settings;
    private final HttpClient client;
    private final CircuitBreaker circuit;
    private final RateLimiter limiter;

    public VendorCleanser(VendorSettings settings, Clock clock) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.circuit = new CircuitBreaker(settings.failureThreshold(), settings.openFor(), clock);
        this.limiter = new RateLimiter(settings.permitsPerSecond(), settings.burst());
    }

    @Override
    public String name() {
        return settings.name();
    }

    public CircuitBreaker.State circuitState() {
        return circuit.state();
    }

    @Override
    public CleansingAnswer cleanse(CleansingRequest request) {
        // the permit first: a trial call of a half-open circuit must not wait in the limiter's queue
        if (!limiter.tryAcquire(settings.maxWaitForPermit())) {
            throw new CleanserUnavailable("vendor " + name() + ": rate limit of " + settings.permitsPerSecond() + " calls/s reached");
        }
        if (!circuit.tryAcquire()) {
            throw new CleanserUnavailable("vendor " + name() + ": circuit open after repeated failures, next try at " + circuit.reopensAt());
        }
        String body = Json.write(wireRequest(request));
        String failure = "no attempt";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(settings.url()))
                        .timeout(settings.requestTimeout())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + settings.key())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    try {
                        CleansingAnswer answer = read(request, response.body());
                        circuit.onSuccess();
                        return answer;
                    } catch (CleanserAnswerUnreadable unreadable) {
                        // a vendor that answers garbage is as broken as one that does not answer
                        circuit.onFailure();
                        throw unreadable;
                    }
                }
                failure = "HTTP " + status;
                if (status == 401 || status == 403) {
                    circuit.onFailure();
                    throw new CleanserUnavailable("vendor " + name() + " refused the key (HTTP " + status + "); check hub.cleansing.vendor.key");
                }
                if (status == 429) {
                    retryAfter = retryAfter(response);
                } else if (status < 500) {
                    circuit.onSuccess();
                    throw new CleanserAnswerUnreadable("vendor " + name() + " refused the request with HTTP " + status);
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                circuit.onFailure();
                throw new CleanserUnavailable("interrupted while waiting for vendor " + name(), e);
            }
            LOG.info("cleansing vendor {}: request {} attempt {} of {} failed: {}", name(), request.reference(), attempt,
                    settings.maxAttempts(), failure);
            if (attempt < settings.maxAttempts()) pause(retryAfter != null ? retryAfter : backoff(attempt));
        }
        circuit.onFailure();
        throw new CleanserUnavailable("vendor " + name() + " did not answer after " + settings.maxAttempts() + " attempts (last: " + failure + ")");
    }

    private Map<String, Object> wireRequest(CleansingRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.values().forEach((attribute, value) -> fields.put(attribute.wireName(), value));
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("requestId", request.reference());
        wire.put("kind", request.kind().wireName());
        wire.put("fields", fields);
        return wire;
    }

    /** Reads the vendor's answer strictly: every requested field answered, known statuses, levels and scores in range. */
    CleansingAnswer read(CleansingRequest request, String body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw unreadable(request, "not JSON");
        }
        if (root == null || !root.isObject() || !root.path("fields").isObject()) throw unreadable(request, "no \"fields\" object");
        if (!request.reference().equals(root.path("requestId").asText(null))) throw unreadable(request, "answer for another requestId");
        String version = root.path("version").asText("");
        if (version.isBlank() || version.length() > 40) throw unreadable(request, "no \"version\"");
        List<FieldResult> results = new ArrayList<>();
        var names = root.path("fields").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            CanonicalAttribute attribute = CanonicalAttribute.fromWireName(name)
                    .filter(request.kind().attributes()::contains)
                    .orElseThrow(() -> unreadable(request, "field \"" + name + "\" is not part of " + request.kind().wireName()));
            results.add(field(request, attribute, root.path("fields").path(name)));
        }
        for (CanonicalAttribute asked : request.values().keySet()) {
            if (results.stream().noneMatch(r -> r.attribute() == asked)) throw unreadable(request, "no result for \"" + asked.wireName() + "\"");
        }
        return new CleansingAnswer(name(), version, results);
    }

    private FieldResult field(CleansingRequest request, CanonicalAttribute attribute, JsonNode node) {
        String where = "fields." + attribute.wireName();
        FieldStatus status = Optional.ofNullable(node.path("status").asText(null)).flatMap(FieldStatus::fromWire)
                .orElseThrow(() -> unreadable(request, where + ".status is not one of verified, partially_verified, unverified, ambiguous, conflict, reverted"));
        if (!node.path("level").isInt() || node.path("level").asInt() < 0 || node.path("level").asInt() > 5)
            throw unreadable(request, where + ".level must be an integer from 0 to 5");
        if (!node.path("score").isInt() || node.path("score").asInt() < 0 || node.path("score").asInt() > 100)
            throw unreadable(request, where + ".score must be an integer from 0 to 100");
        JsonNode value = node.path("value");
        if (!value.isMissingNode() && !value.isNull() && !value.isTextual()) throw unreadable(request, where + ".value must be a string");
        List<String> codes = new ArrayList<>();
        for (JsonNode code : node.path("codes")) {
            if (!code.isTextual() || !code.asText().matches("[A-Z0-9_]{1,60}")) throw unreadable(request, where + ".codes must be upper-case code words");
            codes.add(code.asText());
        }
        String before = request.value(attribute);
        // a reverted field is the input as it came; so is a field without a value
        String after = status == FieldStatus.REVERTED || value.isMissingNode() || value.isNull() ? before : value.asText();
        if (after != null && after.length() > 500) throw unreadable(request, where + ".value is longer than 500 characters");
        return new FieldResult(attribute, before, after, status, node.path("level").asInt(), node.path("score").asInt(), codes);
    }

    private CleanserAnswerUnreadable unreadable(CleansingRequest request, String why) {
        LOG.warn("cleansing vendor {}: unreadable answer to request {}: {}", name(), request.reference(), why);
        return new CleanserAnswerUnreadable("vendor " + name() + " answered request " + request.reference() + " unreadably: " + why);
    }

    private Duration backoff(int attempt) {
        long millis = settings.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, settings.maxBackoff().toMillis()));
    }

    private Duration retryAfter(HttpResponse<String> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        try {
            Duration asked = Duration.ofSeconds(Math.max(0, Long.parseLong(header.orElse("").strip())));
            return asked.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : asked;
        } catch (NumberFormatException e) {
            return settings.initialBackoff();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CleanserUnavailable("interrupted while backing off", e);
        }
    }
}
