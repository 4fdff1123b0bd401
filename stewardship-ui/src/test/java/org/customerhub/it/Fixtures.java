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

    static String key(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + RANDOM.nextInt(1000);
    }
}
