package dev.tally.question;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import io.micronaut.http.HttpHeaders;
import dev.tally.common.Tagged;
import jakarta.validation.constraints.Max;
import dev.tally.access.Role;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/questions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Question bank")
@Refusals.SignedIn
class QuestionController {

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @Get
    @Operation(summary = "Search the bank", description = "Built-in and own questions at their latest version, filtered by section, competency and free text (q).")
    PageView<QuestionView> list(Authentication authentication,
                                @Nullable @QueryValue @Size(max = 200) String section,
                                @Nullable @QueryValue @Size(max = 40) String competency,
                                @Nullable @QueryValue @Size(max = 200) String q,
                                @Valid @RequestBean PageRequest paging) {
        return questions.search(Caller.of(authentication), section, competency, q, paging);
    }

    @Get("/{id}")
    @Refusals.ById
    @Operation(summary = "A question at its latest version, with its version history")
    QuestionDetailView get(Authentication authentication, UUID id) {
        return questions.get(Caller.of(authentication), id);
    }

    @Get("/{id}/versions/{version}")
    @Refusals.ById
    @Refusals.Revalidated
    @Operation(summary = "A question at one version; versions never change", description = "Its text never changes; latestVersion "
            + "does when the question is revised, so the answer is revalidated: with If-None-Match holding the current ETag it is "
            + "304 without a body.")
    HttpResponse<QuestionView> version(Authentication authentication, UUID id, @Min(1) @Max(Integer.MAX_VALUE) int version) {
        // Bank content holds no candidate data: the browser may keep it and revalidate it, instead of no-store.
        return HttpResponse.ok(questions.version(Caller.of(authentication), id, version)).header(HttpHeaders.CACHE_CONTROL, Tagged.REVALIDATE);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    @Operation(summary = "Add a question of your own to the bank")
    HttpResponse<QuestionView> create(Authentication authentication, @Valid @Body QuestionRequest request) {
        QuestionView question = questions.create(Caller.of(authentication), request);
        return HttpResponse.created(question, URI.create("/api/v1/questions/" + question.id()));
    }

    @Put("/{id}")
    @Refusals.ById
    @Refusals.Changes
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    @Operation(summary = "Change one of your questions", description = "Creates the next version; earlier versions stay readable. "
            + "basedOnVersion must be the latest version, or the change is refused with 409 and the current question.")
    QuestionView revise(Authentication authentication, UUID id, @Valid @Body QuestionRequest request) {
        return questions.revise(Caller.of(authentication), id, request);
    }
}
