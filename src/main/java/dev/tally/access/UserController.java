package dev.tally.access;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.EnumSet;
import java.util.UUID;

@Controller("/api/v1/users")
@Secured(Role.ADMIN_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
@Refusals.SignedIn
class UserController {

    private final AccessService access;

    UserController(AccessService access) {
        this.access = access;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    HttpResponse<UserView> create(Authentication authentication, @Valid @Body CreateUserRequest request) {
        UserView user = access.createUser(Caller.of(authentication), request);
        return HttpResponse.created(user, URI.create("/api/v1/users/" + user.id()));
    }

    @Get
    @Operation(summary = "List users", description = "Sorted by email; filter by role, active or not, and part of the name or email.")
    PageView<UserView> list(Authentication authentication, @Nullable @QueryValue Role role,
                            @Nullable @QueryValue Boolean active, @Nullable @QueryValue @Size(max = 200) String q,
                            @Valid @RequestBean PageRequest paging) {
        return access.listUsers(Caller.of(authentication), role, active, q, paging);
    }

    @Get("/{id}")
    @Refusals.ById
    UserView get(Authentication authentication, UUID id) {
        return access.getUser(Caller.of(authentication), id);
    }

    @Put("/{id}/roles")
    @Refusals.ById
    @Refusals.Changes
    UserView changeRoles(Authentication authentication, UUID id, @Valid @Body ChangeRolesRequest request) {
        return access.changeRoles(Caller.of(authentication), id, EnumSet.copyOf(request.roles()));
    }

    /** Sets a new password for the user, ends their tokens, and makes them choose their own at their next login. */
    @Post("/{id}/password")
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.ById
    @Refusals.Changes
    HttpResponse<Void> resetPassword(Authentication authentication, UUID id, @Valid @Body ResetPasswordRequest request) {
        access.resetPassword(Caller.of(authentication), id, request);
        return HttpResponse.noContent();
    }

    @Post("/{id}/deactivate")
    @Refusals.ById
    @Refusals.Changes
    UserView deactivate(Authentication authentication, UUID id) {
        return access.setActive(Caller.of(authentication), id, false);
    }

    @Post("/{id}/activate")
    @Refusals.ById
    @Refusals.Changes
    UserView activate(Authentication authentication, UUID id) {
        return access.setActive(Caller.of(authentication), id, true);
    }
}
