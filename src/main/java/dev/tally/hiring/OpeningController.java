package dev.tally.hiring;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.common.IdempotentRequests;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import java.util.UUID;

@Controller("/api/v1/openings")
@Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Openings")
@Refusals.SignedIn
class OpeningController {

    private final HiringService hiring;

    OpeningController(HiringService hiring) {
        this.hiring = hiring;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    @Operation(summary = "Open a position", description = "With its hiring manager and interview plan: ordered stages, each with a published kit version.")
    HttpResponse<HiringViews.OpeningView> create(Authentication authentication,
                                                 @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                                 @Valid @Body HiringRequests.CreateOpening request) {
        HiringViews.OpeningView opening = hiring.createOpening(Caller.of(authentication), idempotencyKey, request);
        return HttpResponse.created(opening, URI.create("/api/v1/openings/" + opening.id()));
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    @Operation(summary = "List openings", description = "Hiring managers see the openings they manage.")
    PageView<HiringViews.OpeningSummary> list(Authentication authentication, @Nullable @QueryValue @Size(max = 200) String q,
                                              @Valid @RequestBean PageRequest paging) {
        return hiring.listOpenings(Caller.of(authentication), q, paging);
    }

    @Get("/{id}")
    @Refusals.ById
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    HiringViews.OpeningView get(Authentication authentication, UUID id) {
        return hiring.getOpening(Caller.of(authentication), id);
    }

    @Put("/{id}")
    @Refusals.ById
    @Refusals.Changes
    HiringViews.OpeningView update(Authentication authentication, UUID id, @Valid @Body HiringRequests.UpdateOpening request) {
        return hiring.updateOpening(Caller.of(authentication), id, request);
    }

    @Put("/{id}/plan")
    @Refusals.ById
    @Refusals.Changes
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    @Operation(summary = "Replace the interview plan", description = "Stages given with their id keep it; stages left out are "
            + "removed unless interviews use them. The opening's hiring manager may change its plan.")
    HiringViews.OpeningView changePlan(Authentication authentication, UUID id, @Valid @Body HiringRequests.Plan plan) {
        return hiring.changePlan(Caller.of(authentication), id, plan);
    }
}
