package dev.tally.hiring;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import dev.tally.common.Revalidation;
import io.micronaut.http.HttpRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.idempotency.IdempotentRequests;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/interviews")
@Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interviews")
@Refusals.SignedIn
class InterviewController {

    private final InterviewService interviews;

    InterviewController(InterviewService interviews) {
        this.interviews = interviews;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    @Operation(summary = "Schedule an interview", description = "A candidate, a stage of their opening's plan (hence a kit version) and a panel of interviewers.")
    HttpResponse<HiringViews.InterviewView> create(Authentication authentication,
                                                   @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                                   @Valid @Body HiringRequests.CreateInterview request) {
        HiringViews.InterviewView interview = interviews.create(Caller.of(authentication), request);
        return HttpResponse.created(interview, URI.create("/api/v1/interviews/" + interview.id()));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "List interviews, soonest first", description = "mine=true lists the caller's own assignments, without "
            + "cancelled ones unless includeCancelled=true. pending=true: not cancelled and the caller's scorecard not submitted. "
            + "missingScorecards=true: not cancelled, past, and not every panelist has submitted.")
    PageView<HiringViews.InterviewSummary> list(Authentication authentication, @Valid @RequestBean InterviewFilter filter,
                                                @Valid @RequestBean PageRequest paging) {
        return interviews.list(Caller.of(authentication), filter, paging);
    }

    @Get("/{id}")
    @Refusals.ById
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Refusals.Revalidated
    @Operation(summary = "An interview with its kit inline", description = "For its panel, the opening's hiring manager, recruiters and "
            + "admins. Tagged by what the caller is shown: with If-None-Match holding the current ETag the answer is 304 without a body. "
            + "withKit=false leaves the kit out (kit is null; the scoring page reads it from /api/v1/kit-versions/{kitVersionId}, "
            + "which never changes and which the browser keeps).")
    HttpResponse<HiringViews.InterviewView> get(HttpRequest<?> request, Authentication authentication, UUID id,
                                                @QueryValue(defaultValue = "true") boolean withKit) {
        return interviews.get(Caller.of(authentication), id, withKit, Revalidation.of(request)).response();
    }

    @Put("/{id}")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Reschedule or change the panel", description = "A panel member who has started a scorecard stays on the panel. "
            + "Without durationMinutes the interview keeps its duration; without location it has none. A cancelled interview does not change.")
    HiringViews.InterviewView update(Authentication authentication, UUID id, @Valid @Body HiringRequests.UpdateInterview request) {
        return interviews.update(Caller.of(authentication), id, request);
    }

    @Post("/{id}/cancel")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Cancel an interview", description = "With an optional reason; refused once a panelist has submitted. "
            + "Cancelling a cancelled interview changes nothing.")
    HiringViews.InterviewView cancel(Authentication authentication, UUID id, @Valid @Body HiringRequests.CancelInterview request) {
        return interviews.cancel(Caller.of(authentication), id, request);
    }
}
