package dev.tally.scorecard;

import dev.tally.common.Refusals;
import dev.tally.common.Revalidation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.idempotency.IdempotentRequests;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import jakarta.validation.constraints.Min;

import java.util.UUID;

/**
 * The caller's own scorecard ({@code /scorecard}) and the panel's submitted ones ({@code /scorecards}). Saves accept an
 * {@code Idempotency-Key}: a retry returns the first answer and changes nothing.
 */
@Controller("/api/v1/interviews/{interviewId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Scorecards")
@Refusals.SignedIn
class ScorecardController {

    private final ScorecardService scoring;

    ScorecardController(ScorecardService scoring) {
        this.scoring = scoring;
    }

    @Get("/scorecard")
    @Refusals.ById
    @Secured(Role.INTERVIEWER_ROLE)
    @Operation(summary = "Your scorecard for this interview", description = "Version 0 and empty until your first save. "
            + "Tagged by its version: with If-None-Match holding the ETag of the current version the answer is 304 without a body.")
    @Refusals.Revalidated
    HttpResponse<ScorecardViews.OwnScorecard> own(HttpRequest<?> request, Authentication authentication, UUID interviewId) {
        return scoring.own(Caller.of(authentication), interviewId, Revalidation.of(request)).response();
    }

    @Put("/scorecard/items/{position}")
    @Refusals.ById
    @Refusals.Changes
    @Secured(Role.INTERVIEWER_ROLE)
    @Operation(summary = "Save your answer to one kit item", description = "Score 1-4 or not assessed, key points covered (positions "
            + "from 0), and a note. baseVersion must be the scorecard's current version; the answer carries the new one.")
    ScorecardViews.ItemSaved saveItem(Authentication authentication, UUID interviewId, @Min(1) @Max(50) int position,
                                      @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                      @Valid @Body ScorecardRequests.SaveItem request) {
        return scoring.saveItem(Caller.of(authentication), interviewId, position, request);
    }

    @Put("/scorecard/flags/{redFlagId}")
    @Refusals.ById
    @Refusals.Changes
    @Secured(Role.INTERVIEWER_ROLE)
    @Operation(summary = "Raise or clear a red flag of the kit's checklist, with a note")
    ScorecardViews.FlagSaved saveFlag(Authentication authentication, UUID interviewId, UUID redFlagId,
                                      @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                      @Valid @Body ScorecardRequests.SaveFlag request) {
        return scoring.saveFlag(Caller.of(authentication), interviewId, redFlagId, request);
    }

    @Put("/scorecard/overall")
    @Refusals.ById
    @Refusals.Changes
    @Secured(Role.INTERVIEWER_ROLE)
    @Operation(summary = "Save your overall recommendation and summary")
    ScorecardViews.OverallSaved saveOverall(Authentication authentication, UUID interviewId,
                                            @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                            @Valid @Body ScorecardRequests.SaveOverall request) {
        return scoring.saveOverall(Caller.of(authentication), interviewId, request);
    }

    @Post("/scorecard/submit")
    @Refusals.ById
    @Refusals.Changes
    @Secured(Role.INTERVIEWER_ROLE)
    @Operation(summary = "Submit your scorecard", description = "Checks that every required item is scored or not assessed with a "
            + "reason, that scores of 1 and 4 and raised flags have notes, and that a recommendation is chosen; lists every "
            + "problem at once. A submitted scorecard never changes; it counts in reports.")
    ScorecardViews.OwnScorecard submit(Authentication authentication, UUID interviewId,
                                       @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                       @Nullable @Valid @Body ScorecardRequests.Submit request) {
        return scoring.submit(Caller.of(authentication), interviewId, request == null ? new ScorecardRequests.Submit(null) : request);
    }

    @Post("/scorecard/amend")
    @Refusals.ById
    @Refusals.Changes
    @Secured(Role.INTERVIEWER_ROLE)
    @Operation(summary = "Reopen your submitted scorecard to correct it", description = "With a reason. The submitted revision is "
            + "kept and keeps counting until you submit the amendment as the next revision.")
    ScorecardViews.OwnScorecard amend(Authentication authentication, UUID interviewId,
                                      @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                      @Valid @Body ScorecardRequests.Amend request) {
        return scoring.amend(Caller.of(authentication), interviewId, request);
    }

    @Get("/scorecards")
    @Refusals.ById
    @Refusals.Revalidated
    @Operation(summary = "The panel's submitted scorecards", description = "For panel members who have submitted their own, the "
            + "opening's hiring manager, recruiters and admins. Drafts are never shown.")
    ScorecardViews.PanelScorecards panel(Authentication authentication, UUID interviewId) {
        return scoring.panel(Caller.of(authentication), interviewId);
    }

    @Get("/scorecards/{interviewerId}")
    @Refusals.ById
    @Operation(summary = "One interviewer's newest submitted revision, with the list of revisions")
    ScorecardViews.SubmittedScorecard submitted(Authentication authentication, UUID interviewId, UUID interviewerId) {
        return scoring.submittedOf(Caller.of(authentication), interviewId, interviewerId, null);
    }

    @Get("/scorecards/{interviewerId}/revisions/{revision}")
    @Refusals.ById
    @Operation(summary = "One submitted revision; revision 1 is the original, independent submission")
    ScorecardViews.SubmittedScorecard revision(Authentication authentication, UUID interviewId, UUID interviewerId,
                                               @Min(1) @Max(Integer.MAX_VALUE) int revision) {
        return scoring.submittedOf(Caller.of(authentication), interviewId, interviewerId, revision);
    }
}
