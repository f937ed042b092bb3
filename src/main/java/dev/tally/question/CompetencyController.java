package dev.tally.question;

import dev.tally.common.Refusals;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1/competencies")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Question bank")
@Refusals.SignedIn
class CompetencyController {

    private final QuestionService questions;

    CompetencyController(QuestionService questions) {
        this.questions = questions;
    }

    @Get
    List<Competency> list() {
        return questions.competencies();
    }
}
