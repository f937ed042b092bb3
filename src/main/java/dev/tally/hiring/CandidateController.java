package dev.tally.hiring;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
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
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/candidates")
@Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Candidates")
@Refusals.SignedIn
class CandidateController {

    private final HiringService hiring;

    CandidateController(HiringService hiring) {
        this.hiring = hiring;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    HttpResponse<HiringViews.CandidateView> create(Authentication authentication,
                                                   @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                                   @Valid @Body HiringRequests.CreateCandidate request) {
        HiringViews.CandidateView candidate = hiring.createCandidate(Caller.of(authentication), request);
        return HttpResponse.created(candidate, URI.create("/api/v1/candidates/" + candidate.id()));
    }

    @Get
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    @Operation(summary = "List candidates", description = "Filter by opening, status, stage (an interview at it not cancelled), "
            + "part of the name or email, and awaitingDecision. Hiring managers see the candidates of their openings.")
    PageView<HiringViews.CandidateSummary> list(Authentication authentication, @Valid @RequestBean CandidateFilter filter,
                                                @Valid @RequestBean PageRequest paging) {
        return hiring.listCandidates(Caller.of(authentication), filter, paging);
    }

    @Get("/{id}")
    @Refusals.ById
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    HiringViews.CandidateView get(Authentication authentication, UUID id) {
        return hiring.getCandidate(Caller.of(authentication), id);
    }

    @Put("/{id}")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Change a candidate", description = "Their details, and status ACTIVE or WITHDRAWN; HIRED and REJECTED come from the decision.")
    HiringViews.CandidateView update(Authentication authentication, UUID id, @Valid @Body HiringRequests.UpdateCandidate request) {
        return hiring.updateCandidate(Caller.of(authentication), id, request);
    }

    @Post("/{id}/decision")
    @Refusals.ById
    @Refusals.Changes
    @Secured(Role.HIRING_MANAGER_ROLE)
    @Operation(summary = "Record the final decision", description = "By the opening's hiring manager: HIRE, NO_HIRE or "
            + "HOLD with a reason. HIRE sets the status HIRED, NO_HIRE REJECTED, HOLD keeps (or makes) the candidate ACTIVE and "
            + "awaiting a decision. The report's suggested decision at that moment is kept with it; earlier decisions are kept.")
    HiringViews.CandidateView decide(Authentication authentication, UUID id,
                                     @Nullable @Header(IdempotentRequests.HEADER) @Schema(maxLength = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey,
                                     @Valid @Body HiringRequests.Decide request) {
        return hiring.decide(Caller.of(authentication), id, request);
    }
}
