package org.customerhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The benchmark's FEBRL mapping (bench/febrl.yaml) for one source code, with or without the identifier column. */
final class FebrlMapping {
    private static final String RESOURCE = "bench/febrl.yaml";
    private static final String SOURCE_LINE = "\nsource: febrl\n";
    private static final String IDENTIFIER_MAPPED = "  - column: soc_sec_id\n    to: customer_number\n";
    private static final String IDENTIFIER_IGNORED = "  - column: soc_sec_id\n    ignore: true\n";

    private FebrlMapping() {
    }

    static String yaml(String sourceCode, boolean withIdentifier) {
        String yaml = replaceOnce(template(), SOURCE_LINE, "\nsource: " + sourceCode + "\n");
        return withIdentifier ? yaml : replaceOnce(yaml, IDENTIFIER_MAPPED, IDENTIFIER_IGNORED);
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalStateException(RESOURCE + " must contain exactly once: " + target.strip());
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static String template() {
        try (InputStream in = FebrlMapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
