package dev.tally.kit;

import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.common.Problem;
import dev.tally.common.Refusals;
import dev.tally.common.Revalidation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** Published kit versions by id, as interviews pin them: content that never changes, so browsers keep it. */
@Controller("/api/v1/kit-versions")
@Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE, Role.INTERVIEWER_ROLE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interview kits")
@Refusals.SignedIn
class KitVersionController {

    private final KitService kits;

    KitVersionController(KitService kits) {
        this.kits = kits;
    }

    @Get("/{id}")
    @Refusals.ById
    @Refusals.Revalidated
    @ApiResponse(responseCode = "200", description = "The version's content.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = KitVersionContent.class)))
    @ApiResponse(responseCode = "409", description = "The version is a draft: it can still change, and is read as its kit.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "A published kit version's content, which never changes",
            description = "By the version's id (an interview's kitVersionId), for the same readers as /api/v1/kits/{id}/versions/{n}: "
                    + "interviewers only for interviews whose panel they sit on. Without the status, version list and latestVersion "
                    + "that can still change, so the answer is Cache-Control: private, max-age=86400, immutable (Vary: Authorization), with a strong "
                    + "ETag. A draft is refused with 409: it can still change, and is read at /api/v1/kits/{id}.")
    HttpResponse<KitVersionContent> get(HttpRequest<?> request, Authentication authentication, UUID id) {
        return kits.content(Caller.of(authentication), id, Revalidation.of(request)).immutableResponse();
    }
}
