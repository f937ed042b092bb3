package dev.tally.question;

import dev.tally.common.Caller;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.UUID;

/** Question versions by id, as kit versions pin them: content that never changes, so browsers keep it. */
@Controller("/api/v1/question-versions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Question bank")
@Refusals.SignedIn
class QuestionVersionController {

    private final QuestionService questions;

    QuestionVersionController(QuestionService questions) {
        this.questions = questions;
    }

    @Get("/{id}")
    @Refusals.ById
    @Refusals.Revalidated
    @Operation(summary = "A question version's content, which never changes",
            description = "By the version's id (each kit item names its question's versionId). Without latestVersion, the one field "
                    + "of a question version that moves, so the answer is Cache-Control: private, max-age=86400, immutable (Vary: Authorization), "
                    + "with a strong ETag.")
    HttpResponse<QuestionVersionContent> get(HttpRequest<?> request, Authentication authentication, UUID id) {
        return questions.versionContent(Caller.of(authentication), id, Revalidation.of(request)).immutableResponse();
    }
}
