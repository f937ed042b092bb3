package dev.tally.access;

import dev.tally.common.Refusals;
import dev.tally.common.ClientAddresses;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.time.Duration;

/**
 * Exchanges an email and password for a bearer JWT. Our own controller rather than Micronaut Security's, because a
 * throttled account must answer 429 with Retry-After and every failure must be problem+json.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Access")
class LoginController {

    private final AccessService access;
    private final TokenGenerator tokens;
    private final ClientAddresses clients;
    private final int expirySeconds;

    LoginController(AccessService access, TokenGenerator tokens, ClientAddresses clients,
                    @Value("${tally.security.token-expiry:8h}") Duration expiry) {
        this.access = access;
        this.tokens = tokens;
        this.clients = clients;
        this.expirySeconds = (int) expiry.toSeconds();
    }

    @Post("/login")
    @Refusals.Changes
    @Refusals.SigningIn
    @Operation(summary = "Log in", description = "Returns a bearer token. Attempts from one client, and failed logins to one "
            + "account from one client and from everywhere, are throttled (429 with Retry-After).")
    TokenView login(HttpRequest<?> http, @Valid @Body LoginRequest request) {
        User user = access.authenticate(request.username(), request.password(), clients.of(http));
        String token = tokens.generateToken(CurrentAccountAuthentication.authenticationOf(user), expirySeconds)
                .orElseThrow(() -> new IllegalStateException("No token generator is configured"));
        return new TokenView(token, "Bearer", expirySeconds, user.email(), UserView.rolesOf(user));
    }
}
