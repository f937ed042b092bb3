package dev.tally.question;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/red-flags")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Question bank")
@Refusals.SignedIn
class RedFlagController {

    private final QuestionService questions;

    RedFlagController(QuestionService questions) {
        this.questions = questions;
    }

    @Get
    PageView<RedFlagView> list(Authentication authentication, @Nullable @QueryValue Severity severity,
                               @Valid @RequestBean PageRequest paging) {
        return questions.redFlags(Caller.of(authentication), severity, paging);
    }

    @Get("/{id}")
    @Refusals.ById
    RedFlagView get(Authentication authentication, UUID id) {
        return questions.redFlag(Caller.of(authentication), id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
    HttpResponse<RedFlagView> create(Authentication authentication, @Valid @Body CreateRedFlagRequest request) {
        RedFlagView flag = questions.createRedFlag(Caller.of(authentication), request);
        return HttpResponse.created(flag, URI.create("/api/v1/red-flags/" + flag.id()));
    }
}
