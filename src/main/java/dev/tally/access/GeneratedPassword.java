package dev.tally.access;

import java.security.SecureRandom;
import java.util.Base64;

/** A password nobody chose: 120 random bits in 20 URL-safe characters, for accounts whose password is printed once. */
public final class GeneratedPassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    public static String next() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
