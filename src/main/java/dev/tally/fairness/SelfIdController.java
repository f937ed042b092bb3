package dev.tally.fairness;

import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.common.Refusals;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Voluntary self-identification: admins set the categories, recruiters enter answers or send the candidate a one-time
 * link, and only compliance reads the answers.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Self-identification")
@Refusals.SignedIn
class SelfIdController {

    private final SelfIdService selfId;

    SelfIdController(SelfIdService selfId) {
        this.selfId = selfId;
    }

    @Get("/self-identification/categories")
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.COMPLIANCE_ROLE})
    @Operation(summary = "The self-identification categories", description = "Each with its options in the order offered; "
            + "'Prefer not to say' is always offered besides them.")
    List<FairnessViews.CategoryView> categories(Authentication authentication) {
        return selfId.categories(Caller.of(authentication));
    }

    @Post("/self-identification/categories")
    @Secured(Role.ADMIN_ROLE)
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    @Operation(summary = "Add a self-identification category", description = "A name unique in the organisation and 2 to 30 options.")
    HttpResponse<FairnessViews.CategoryView> createCategory(Authentication authentication, @Valid @Body FairnessRequests.Category request) {
        FairnessViews.CategoryView created = selfId.createCategory(Caller.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/v1/self-identification/categories/" + created.id()));
    }

    @Put("/self-identification/categories/{id}")
    @Secured(Role.ADMIN_ROLE)
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Change a self-identification category", description = "Its name and options. Answers keep the text they "
            + "were given, so an option may be removed or renamed even if candidates chose it (refusing would tell who may "
            + "not read answers that someone did).")
    FairnessViews.CategoryView updateCategory(Authentication authentication, UUID id, @Valid @Body FairnessRequests.Category request) {
        return selfId.updateCategory(Caller.of(authentication), id, request);
    }

    @Get("/candidates/{id}/self-identification")
    @Secured(Role.COMPLIANCE_ROLE)
    @Refusals.ById
    @Operation(summary = "A candidate's self-identification", description = "For compliance only: each answered category, "
            + "the option chosen or 'prefer not to say', who entered it (RECRUITER or CANDIDATE) and when.")
    FairnessViews.SelfIdentificationView answers(Authentication authentication, UUID id) {
        return selfId.answers(Caller.of(authentication), id);
    }

    @Put("/candidates/{id}/self-identification")
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE})
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Enter a candidate's self-identification", description = "What the candidate told the recruiter; "
            + "replaces earlier answers. An option of null is 'prefer not to say'. Written, never read back: only compliance reads it.")
    void enter(Authentication authentication, UUID id, @Valid @Body FairnessRequests.Answers request) {
        selfId.enter(Caller.of(authentication), id, request);
    }

    @Post("/candidates/{id}/self-identification/link")
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE})
    @Status(HttpStatus.CREATED)
    @Refusals.ById
    @Operation(summary = "A one-time link for the candidate to self-identify", description = "Shown once; it works once, for "
            + "14 days, and replaces the candidate's earlier link. The page it opens shows only the organisation's name and the categories.")
    FairnessViews.LinkView createLink(Authentication authentication, UUID id) {
        return selfId.createLink(Caller.of(authentication), id);
    }
}
