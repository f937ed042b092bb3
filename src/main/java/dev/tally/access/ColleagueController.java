package dev.tally.access;

import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.common.Refusals;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

/** Those who name hiring managers and panels pick colleagues by name; the user administration stays the admins'. */
@Controller("/api/v1/colleagues")
@Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
@Refusals.SignedIn
class ColleagueController {

    private final AccessService access;

    ColleagueController(AccessService access) {
        this.access = access;
    }

    @Get
    @Operation(summary = "Look up active colleagues", description = "By role and by part of their name or email, sorted by name.")
    PageView<Colleague> lookUp(Authentication authentication, @Nullable @QueryValue Role role,
                               @Nullable @QueryValue @Size(max = 200) String q, @Valid @RequestBean PageRequest paging) {
        return access.lookUpColleagues(Caller.of(authentication), role, q, paging);
    }
}
