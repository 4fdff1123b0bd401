package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data for a hub shared by all test classes: every class registers its own sources (a demo silo's mapping
 * under a unique code) and invents its own unlikely names, so classes cannot match each other's records.
 */
final class Fixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Random RANDOM = new Random();

    record Source(String code, String token) {
        Http http() {
            return Http.source(token);
        }

        String records() {
            return "/api/v1/sources/" + code + "/records/";
        }
    }

    /** Registers a source with the demo mapping of {@code silo} (hotel, spa, retail, casino) under a fresh code. */
    static Source source(String silo) {
        String code = silo + "-t" + SEQUENCE.incrementAndGet() + "-" + Integer.toString(RANDOM.nextInt(1 << 20), 36);
        String mapping = demoMapping(silo).replaceFirst("(?m)^source:.*$", "source: " + code);
        Http.Answer answer = Http.user("admin").post("/api/v1/sources", Map.of("code", code, "name", silo + " test silo",
                "trust", silo.equals("hotel") ? 0.8 : 0.6, "mapping", mapping));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
        return new Source(code, body.get("token").asText());
    }

    private static final Map<String, Source> NAMED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The demo silo under its own code, registered once per test run, for rules that name a source (the routing
     * table asks casino low-band pairs for four eyes). Tests sharing it keep apart through their unique names.
     */
    static Source namedSource(String silo) {
        return NAMED.computeIfAbsent(silo, code -> {
            Http.Answer answer = Http.user("admin").post("/api/v1/sources", Map.of("code", code, "name", code + " test silo",
                    "trust", 0.6, "mapping", demoMapping(code)));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            return new Source(code, answer.json().get("token").asText());
        });
    }

    static String demoMapping(String silo) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("mappings/" + silo + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A made-up family name nobody else in the test run has. */
    static String uniqueName() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(consonants.charAt(RANDOM.nextInt(consonants.length()))).append(vowels.charAt(RANDOM.nextInt(vowels.length())));
        }
        name.append(consonants.charAt(RANDOM.nextInt(consonants.length())));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A US phone number of the fictional 555 exchange, typed as a clerk would. */
    static String phone() {
        return String.format("(702) 555-%04d", RANDOM.nextInt(10_000));
    }

    /** A hotel guest and a spa client of the same name (and the given phones): the spa record raises a review. */
    static long spaReview(Source hotel, Source spa, String hotelPhone, String spaPhone) {
        String family = uniqueName();
        String hotelKey = key("HP-");
        String spaKey = key("SPA-");
        hotel.http().put(hotel.records() + hotelKey, IngestAndMatchFlowTest.hotelGuest(hotelKey, family, "Edda", null, hotelPhone, null));
        Http.Answer answer = spa.http().put(spa.records() + spaKey, IngestAndMatchFlowTest.spaClient(spaKey, "Edda", family, null, spaPhone, null));
        assertThat(answer.json().get("outcome").asText()).as(answer.toString()).isEqualTo("REVIEW");
        return answer.json().get("reviewId").asLong();
    }

    static String key(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + RANDOM.nextInt(1000);
    }
}
