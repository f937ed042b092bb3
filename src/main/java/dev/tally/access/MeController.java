package dev.tally.access;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import dev.tally.common.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Access")
@Refusals.SignedIn
class MeController {

    private final AccessService access;

    MeController(AccessService access) {
        this.access = access;
    }

    @Get
    MeView me(Authentication authentication) {
        return access.me(Caller.of(authentication));
    }

    @Put
    @Refusals.Changes
    @Operation(summary = "Change your own name")
    MeView rename(Authentication authentication, @Valid @Body RenameRequest request) {
        return access.rename(Caller.of(authentication), request.name());
    }

    @Post("/password")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Changes
    HttpResponse<Void> changePassword(Authentication authentication, @Valid @Body ChangePasswordRequest request) {
        access.changePassword(Caller.of(authentication), request);
        return HttpResponse.noContent();
    }
}
