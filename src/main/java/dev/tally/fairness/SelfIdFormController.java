package dev.tally.fairness;

import dev.tally.common.Refusals;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Header;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The candidate's side of a one-time link: no sign-in, and nothing shown but the organisation's name and its categories.
 * The page sends the link's token in a header, never in an address, so that no log or Referer keeps it.
 */
@Controller("/api/v1/self-identification/form")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Self-identification")
@Refusals.Anonymous
@Refusals.ById
class SelfIdFormController {

    static final String TOKEN_HEADER = "Self-Identification-Link";

    private final SelfIdService selfId;

    SelfIdFormController(SelfIdService selfId) {
        this.selfId = selfId;
    }

    @Get
    @Operation(summary = "The form behind a one-time link", description = "The organisation's name, its categories and when "
            + "the link expires; 404 alike for a token missing, unknown, used, expired or replaced. The token goes in the Self-Identification-Link header.")
    FairnessViews.FormView form(@Nullable @Header(TOKEN_HEADER) @Size(max = 64) String token) {
        return selfId.form(token);
    }

    @Post
    @Status(HttpStatus.NO_CONTENT)
    @Refusals.Changes
    @Operation(summary = "Answer through a one-time link", description = "Once: the link stops working with the answers saved. "
            + "An option of null is 'prefer not to say'; a category left out is not answered.")
    void answer(@Nullable @Header(TOKEN_HEADER) @Size(max = 64) String token, @Valid @Body FairnessRequests.Answers request) {
        selfId.answer(token, request);
    }
}
