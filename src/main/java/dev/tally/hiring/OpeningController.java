package dev.tally.hiring;

import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.idempotency.IdempotentRequests;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.common.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
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
        HiringViews.OpeningView opening = hiring.createOpening(Caller.of(authentication), request);
        return HttpResponse.created(opening, URI.create("/api/v1/openings/" + opening.id()));
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    @Operation(summary = "List openings", description = "Filter by status and by part of the title or team. Hiring managers see "
            + "the openings they manage. Each comes with its counts of candidates, active ones and those awaiting a decision.")
    PageView<HiringViews.OpeningSummary> list(Authentication authentication,
                                              @Nullable @QueryValue OpeningStatus status,
                                              @Nullable @QueryValue @Size(max = 200) String q,
                                              @Valid @RequestBean PageRequest paging) {
        return hiring.listOpenings(Caller.of(authentication), status, q, paging);
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

    @Post("/{id}/close")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Close an opening", description = "It then takes no new candidates and no new interviews. Closing a closed opening changes nothing.")
    HiringViews.OpeningView close(Authentication authentication, UUID id) {
        return hiring.setOpeningStatus(Caller.of(authentication), id, OpeningStatus.CLOSED);
    }

    @Post("/{id}/reopen")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Reopen an opening", description = "Reopening an open opening changes nothing.")
    HiringViews.OpeningView reopen(Authentication authentication, UUID id) {
        return hiring.setOpeningStatus(Caller.of(authentication), id, OpeningStatus.OPEN);
    }

    /** Any content type reaches the method, so that a wrong one is answered as a problem naming the type wanted. */
    @Post("/{id}/candidates/import")
    @Refusals.ById
    @Refusals.Changes
    @Consumes(MediaType.ALL)
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", maxLength = 1_048_576)))
    @ApiResponse(responseCode = "200", description = "The dry run's report: each row's errors; nothing saved.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HiringViews.ImportReport.class)))
    @ApiResponse(responseCode = "201", description = "Every row saved.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HiringViews.ImportReport.class)))
    @Operation(summary = "Add candidates from a CSV file", description = "text/csv in UTF-8 with a header row: name and email "
            + "required; phone, source, link and notes optional; at most " + CandidateCsv.MAX_ROWS + " rows. dryRun=true reports "
            + "each row's errors and saves nothing; otherwise every row is saved (201) or, when any row is invalid, none (422).")
    HttpResponse<?> importCandidates(HttpRequest<?> http, Authentication authentication, UUID id,
                                     @QueryValue(defaultValue = "false") boolean dryRun,
                                     @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                     @Nullable @Body @Schema(type = "string", maxLength = 1_048_576) byte[] file) {
        boolean csv = http.getContentType().map(type -> type.getType().equalsIgnoreCase("text")
                && type.getSubtype().equalsIgnoreCase("csv")).orElse(false);
        if (!csv) {
            return ProblemResponses.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Send the candidates as a CSV file, with Content-Type: text/csv.", http.getPath());
        }
        HiringViews.ImportReport report = hiring.importCandidates(Caller.of(authentication), id, dryRun, file == null ? new byte[0] : file);
        return report.dryRun() ? HttpResponse.ok(report) : HttpResponse.created(report);
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
