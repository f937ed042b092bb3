package dev.tally.access;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.tally.common.Caller;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Turns a bearer token into the caller. Micronaut checks the token's signature, issuer and expiry; then the account it
 * names is read: a deactivated account's tokens are refused, a token issued before the account's last password change,
 * reset or deactivation (an older {@link User#tokenGeneration()}) is refused, and the roles that count are the
 * account's current ones, not those frozen into the token. A token without a generation (issued before there were
 * any) is refused too. The account is read at most every few seconds ({@link RecentAccounts}): a change applies at once
 * on the instance that made it, and within that window on the others.
 * <p>
 * A client sends the same token with every request, and checking it (decoding three Base64 parts in constant time,
 * HMAC, parsing the claims) measured a fifth of the CPU of a small read. So a token that passed is kept with its
 * claims until it expires, and the next request with it only looks it up and checks the expiry again; a kept token
 * is never trusted past its {@code exp}, and the account behind it is checked on every request as before. Only a read
 * of the account from the database runs on the blocking executor, off the event loop.
 */
@Singleton
class CurrentAccountAuthentication implements TokenValidator<HttpRequest<?>> {

    /**
     * Tokens are only kept once their signature has been checked; past this many, the expired ones are dropped, and if
     * that is not enough, all of them (each is then checked again once).
     */
    private static final int MAX_TOKENS = 20_000;

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> signatures;
    private final RecentAccounts accounts;
    private final Clock clock;
    private final ExecutorService blocking;
    private final ConcurrentHashMap<String, TokenClaims> checked = new ConcurrentHashMap<>();

    CurrentAccountAuthentication(JsonWebTokenValidator<JWT, HttpRequest<?>> signatures, RecentAccounts accounts, Clock clock,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.signatures = signatures;
        this.accounts = accounts;
        this.clock = clock;
        this.blocking = blocking;
    }

    /** What a checked token says: who, in which organisation, of which token generation, until when. */
    record TokenClaims(UUID subject, String org, long generation, Instant expires) {
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        TokenClaims claims = checkedClaims(token, request);
        if (claims == null) {
            return Publishers.empty();
        }
        Optional<User> held = accounts.held(claims.subject());
        if (held.isPresent()) {
            return currentAccount(claims, held.get()).map(Publishers::just).orElseGet(Publishers::empty);
        }
        // completes empty when the value is null: the account is gone, inactive or of another token generation
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> accounts.find(claims.subject()).flatMap(user -> currentAccount(claims, user)).orElse(null), blocking));
    }

    /** The claims of a token whose signature, issuer and expiry have been checked, now or before; null for any other. */
    @Nullable
    private TokenClaims checkedClaims(String token, @Nullable HttpRequest<?> request) {
        Instant now = clock.instant();
        TokenClaims kept = checked.get(token);
        if (kept != null) {
            if (now.isBefore(kept.expires())) {
                return kept;
            }
            checked.remove(token);
            return null;
        }
        TokenClaims claims = signatures.validate(token, request).flatMap(CurrentAccountAuthentication::claimsOf).orElse(null);
        if (claims == null || !now.isBefore(claims.expires())) {
            return null;
        }
        if (checked.size() >= MAX_TOKENS) {
            checked.values().removeIf(old -> !now.isBefore(old.expires()));
            if (checked.size() >= MAX_TOKENS) {
                checked.clear();
            }
        }
        checked.put(token, claims);
        return claims;
    }

    private static Optional<TokenClaims> claimsOf(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            Long generation = claims.getLongClaim(User.GENERATION_CLAIM);
            Date expires = claims.getExpirationTime();
            String org = claims.getStringClaim(Caller.ORG_ATTRIBUTE);
            if (generation == null || expires == null || org == null) {
                return Optional.empty();
            }
            return Optional.of(new TokenClaims(UUID.fromString(claims.getSubject()), org, generation, expires.toInstant()));
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The caller, when the account is active, of the token's organisation and of the token's generation. */
    private static Optional<Authentication> currentAccount(TokenClaims claims, User user) {
        return Optional.of(user)
                .filter(User::active)
                .filter(account -> account.orgId().toString().equals(claims.org()))
                .filter(account -> account.tokenGeneration() == claims.generation())
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
