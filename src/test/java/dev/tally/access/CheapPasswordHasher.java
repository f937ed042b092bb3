package dev.tally.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The tests' password hasher: real BCrypt, so hashes look, verify and stop at 72 bytes as in production, but at
 * BCrypt's minimum cost of 4 instead of 10 or more. The suite creates and logs in a few thousand users; at cost 10
 * each hash or verification takes tens of milliseconds, which made BCrypt a large share of the run. No test measures
 * how long a hash takes. Production refuses a cost below {@link PasswordHasher#MINIMUM_COST}, so this lives only here.
 */
@Singleton
@Replaces(PasswordHasher.class)
class CheapPasswordHasher extends PasswordHasher {

    static final int COST = 4;

    /** The configured cost still goes through production's check, so a bad tally.security.bcrypt-cost fails as before. */
    CheapPasswordHasher(@Value("${tally.security.bcrypt-cost:12}") int configuredCost) {
        super(configuredCost);
    }

    /**
     * PasswordHasher's constructor makes its decoy with this method, so the decoy is cheap too: a login with an unknown
     * email still costs as much as one with a known email. Verification reads the cost from the hash itself.
     */
    @Override
    String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

}
