package dev.tally.fairness;

import dev.tally.access.Role;
import dev.tally.common.Caller;
import dev.tally.database.ReadsReplica;
import dev.tally.common.Csv;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.common.Refusals;
import dev.tally.hiring.OpeningPlan;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.UUID;

/** The fairness tables, for compliance only: they are built from self-identification. */
@Controller("/api/v1")
@Secured(Role.COMPLIANCE_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Fairness")
@Refusals.SignedIn
class FairnessController {

    private final FairnessService fairness;

    FairnessController(FairnessService fairness) {
        this.fairness = fairness;
    }

    @Get("/fairness/openings")
    @Operation(summary = "The openings whose fairness tables compliance may read", description = "Every opening of the organisation, newest first.")
    PageView<OpeningPlan.Heading> openings(Authentication authentication, @Valid @RequestBean PageRequest paging) {
        return fairness.openings(Caller.of(authentication), paging);
    }

    @Get("/openings/{id}/fairness")
    @Refusals.ById
    @ReadsReplica
    @Operation(summary = "Selection rates of an opening by self-identified group", description = "Per stage and category, each "
            + "group's selection rate, impact ratio against the highest-rate group, four-fifths flag, two-sided Fisher exact "
            + "p-value and small-sample warning; groups of fewer than 5 show only that. 'method' states the rules.")
    FairnessViews.FairnessReport report(Authentication authentication, UUID id) {
        return fairness.report(Caller.of(authentication), id);
    }

    @Get(value = "/openings/{id}/fairness.csv", produces = Csv.MEDIA_TYPE)
    @Refusals.ById
    @ReadsReplica
    @Operation(summary = "The fairness tables of an opening as CSV")
    HttpResponse<String> csv(Authentication authentication, UUID id) {
        return HttpResponse.ok(fairness.csv(Caller.of(authentication), id)).contentType(Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"fairness-" + id + ".csv\"");
    }
}
