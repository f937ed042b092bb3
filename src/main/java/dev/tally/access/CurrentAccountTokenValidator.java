package dev.tally.access;

import dev.tally.common.Caller;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.encryption.EncryptionConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Checks the token's signature, issuer and expiry, then reads the account it names: a deactivated account's tokens
 * are refused at once, and the roles that count are the account's current ones, not those frozen into the token.
 * The lookup runs on the blocking executor, off the event loop.
 */
@Singleton
@Replaces(JwtTokenValidator.class)
class CurrentAccountTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final JwtTokenValidator<HttpRequest<?>> jwt;
    private final UserRepository users;
    private final Scheduler blocking;

    CurrentAccountTokenValidator(Collection<SignatureConfiguration> signatures,
                                 Collection<EncryptionConfiguration> encryptions,
                                 Collection<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators,
                                 JwtAuthenticationFactory authenticationFactory,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor,
                                 UserRepository users) {
        this.jwt = new JwtTokenValidator<>(signatures, encryptions, (Collection) claimsValidators, authenticationFactory, blockingExecutor);
        this.users = users;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return Flux.from(jwt.validateToken(token, request))
                .flatMap(claimed -> Mono.fromCallable(() -> current(claimed).orElse(null)).subscribeOn(blocking));
    }

    private Optional<Authentication> current(Authentication claimed) {
        UUID id;
        try {
            id = UUID.fromString(claimed.getName());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return users.findAccount(id)
                .filter(User::active)
                .filter(user -> user.orgId().toString().equals(String.valueOf(claimed.getAttributes().get(Caller.ORG_ATTRIBUTE))))
                .map(user -> Authentication.build(user.id().toString(), List.of(user.roles()),
                        Map.of(Caller.ORG_ATTRIBUTE, user.orgId().toString(), "email", user.email())));
    }
}
