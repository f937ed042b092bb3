package dev.tally.access;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.tally.common.Caller;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a token whose signature, issuer and expiry have been checked into the caller, reading the account it names:
 * a deactivated account's tokens are refused, a token issued before the account's last password change, reset or
 * deactivation (an older {@link User#tokenGeneration()}) is refused, and the roles that count are the account's
 * current ones, not those frozen into the token. A token without a generation (issued before there were any) is
 * refused too. The account is read at most every few seconds ({@link RecentAccounts}): a change applies at once on the
 * instance that made it, and within that window on the others. Micronaut runs this on the blocking executor
 * ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}), off the event loop.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class CurrentAccountAuthentication implements JwtAuthenticationFactory {

    private final RecentAccounts accounts;

    CurrentAccountAuthentication(RecentAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        UUID id;
        String org;
        Long generation;
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            id = UUID.fromString(claims.getSubject());
            org = claims.getStringClaim(Caller.ORG_ATTRIBUTE);
            generation = claims.getLongClaim(User.GENERATION_CLAIM);
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        if (generation == null) {
            return Optional.empty();
        }
        return accounts.find(id)
                .filter(User::active)
                .filter(user -> user.orgId().toString().equals(org))
                .filter(user -> user.tokenGeneration() == generation)
                .map(CurrentAccountAuthentication::authenticationOf);
    }

    /** Also what a token is made from at login, so the token and each request's caller carry the same attributes. */
    static Authentication authenticationOf(User user) {
        return Authentication.build(user.id().toString(), List.of(user.roles()), Map.of(
                Caller.ORG_ATTRIBUTE, user.orgId().toString(),
                "email", user.email(),
                User.GENERATION_CLAIM, user.tokenGeneration(),
                PasswordChangeRequired.ATTRIBUTE, user.mustChangePassword()));
    }
}
