package org.customerhub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens of source systems: 256 random bits, shown once, stored as SHA-256. A fast hash is right here
 * (unlike for passwords) because the token has full entropy and must be checked on every request.
 */
public final class SourceTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SourceTokens() {
    }

    public static String newToken(String sourceCode) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "hub_" + sourceCode + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
