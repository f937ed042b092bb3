package dev.tally.audit;

import dev.tally.common.Refusals;
import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.UUID;

@Controller("/api/v1/audit")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
@Refusals.SignedIn
class AuditController {

    private final AuditReader audit;

    AuditController(AuditReader audit) {
        this.audit = audit;
    }

    @Get
    @Operation(summary = "The organisation's audit log, newest first",
            description = "Filter by entityType (USER, KIT, OPENING, CANDIDATE, INTERVIEW, SCORECARD), entityId and actorId.")
    PageView<AuditEvent> list(Authentication authentication, @Nullable @QueryValue @Size(max = 40) String entityType,
                              @Nullable @QueryValue UUID entityId, @Nullable @QueryValue UUID actorId,
                              @Valid @RequestBean PageRequest paging) {
        return audit.find(Caller.of(authentication), entityType, entityId, actorId, paging);
    }
}
