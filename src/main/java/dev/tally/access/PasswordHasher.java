package dev.tally.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** BCrypt password hashes. Passwords are never logged, stored or returned in any other form. */
@Singleton
class PasswordHasher {

    static final int MINIMUM_COST = 10;
    /** BCrypt reads no more of a password than this. */
    static final int MAXIMUM_BYTES = 72;

    private final int cost;
    /** Verified against when the email is unknown, so that both answers take as long. */
    private final String decoy;

    PasswordHasher(@Value("${tally.security.bcrypt-cost:12}") int cost) {
        if (cost < MINIMUM_COST || cost > 31) {
            throw new IllegalArgumentException("tally.security.bcrypt-cost must be between " + MINIMUM_COST + " and 31, was " + cost);
        }
        this.cost = cost;
        this.decoy = hash("not a real password");
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_BYTES;
    }

    void spendTheTimeOfAVerification(String password) {
        matches(password, decoy);
    }
}
