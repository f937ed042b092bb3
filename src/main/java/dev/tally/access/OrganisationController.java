package dev.tally.access;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;

/** Further organisations, for an agency assessing for several clients or a group of companies. */
@Controller("/api/v1/organisations")
@Secured(Role.ADMIN_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Organisations")
@Refusals.SignedIn
class OrganisationController {

    private final AccessService access;

    OrganisationController(AccessService access) {
        this.access = access;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    HttpResponse<NewOrganisationView> create(Authentication authentication, @Valid @Body CreateOrganisationRequest request) {
        NewOrganisationView created = access.createOrganisation(Caller.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/v1/organisations/" + created.organisation().id()));
    }

    @Get
    PageView<OrganisationView> list(Authentication authentication, @Valid @RequestBean PageRequest paging) {
        return access.listOrganisations(Caller.of(authentication), paging);
    }
}
