package dev.tally.kit;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import dev.tally.common.Refusals;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import io.micronaut.http.HttpRequest;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/kits")
@Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interview kits")
@Refusals.SignedIn
class KitController {

    private final KitService kits;

    KitController(KitService kits) {
        this.kits = kits;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Refusals.Changes
    @Operation(summary = "Create a kit", description = "Starts version 1 as a draft.")
    HttpResponse<KitView> create(Authentication authentication, @Valid @Body KitRequest request) {
        KitView kit = kits.create(Caller.of(authentication), request);
        return HttpResponse.created(kit, URI.create("/api/v1/kits/" + kit.id()));
    }

    @Get
    @Operation(summary = "List kits", description = "One row per kit, showing its newest version; filter by status, role and text (q).")
    PageView<KitSummary> list(Authentication authentication, @Nullable @QueryValue KitStatus status,
                              @Nullable @QueryValue @Size(max = 200) String role, @Nullable @QueryValue @Size(max = 200) String q,
                              @Valid @RequestBean PageRequest paging) {
        return kits.list(Caller.of(authentication), status, role, q, paging);
    }

    @Get("/starters")
    @Operation(summary = "Starter kits built from the bank, ready to clone")
    List<KitSummary> starters() {
        return kits.starters();
    }

    @Get("/{id}")
    @Refusals.ById
    @Refusals.Revalidated
    @Operation(summary = "A kit at its newest version, with everything an interviewer needs inline",
            description = "Tagged by the kit's state: with If-None-Match holding the current ETag the answer is 304 without a body.")
    HttpResponse<KitView> get(HttpRequest<?> request, Authentication authentication, UUID id) {
        return kits.get(Caller.of(authentication), id, null, Revalidation.of(request)).response(Tagged.REVALIDATE);
    }

    @Get("/{id}/versions/{version}")
    @Refusals.ById
    @Secured({Role.ADMIN_ROLE, Role.RECRUITER_ROLE, Role.HIRING_MANAGER_ROLE, Role.INTERVIEWER_ROLE})
    @Operation(summary = "A kit at one version; published versions never change",
            description = "Interviewers may read the versions used by interviews whose panel they sit on. Tagged by the "
                    + "version's state (its status and version list, and its questions' latest versions can still change): with "
                    + "If-None-Match holding the current ETag the answer is 304 without a body.")
    @Refusals.Revalidated
    HttpResponse<KitView> version(HttpRequest<?> request, Authentication authentication, UUID id,
                                  @Min(1) @Max(Integer.MAX_VALUE) int version) {
        return kits.getForReader(Caller.of(authentication), id, version, Revalidation.of(request)).response(Tagged.REVALIDATE);
    }

    @Put("/{id}")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Change the draft", description = "Replaces the draft's content. revision must be the draft's current "
            + "revision, or the change is refused with 409 and the current draft.")
    KitView update(Authentication authentication, UUID id, @Valid @Body KitRequest request) {
        return kits.update(Caller.of(authentication), id, request);
    }

    @Post("/{id}/publish")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Publish the draft", description = "Checks it and freezes the version for good.")
    KitView publish(Authentication authentication, UUID id, @Nullable @Body RevisionRequest request) {
        return kits.publish(Caller.of(authentication), id, request == null ? null : request.revision());
    }

    @Post("/{id}/revise")
    @Status(HttpStatus.CREATED)
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Start the next version as a draft, copied from the newest one")
    HttpResponse<KitView> revise(Authentication authentication, UUID id) {
        KitView kit = kits.revise(Caller.of(authentication), id);
        return HttpResponse.created(kit, URI.create("/api/v1/kits/" + kit.id() + "/versions/" + kit.version()));
    }

    @Post("/{id}/clone")
    @Status(HttpStatus.CREATED)
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Copy a kit (yours or a starter kit) into a new kit of your own, as a draft")
    HttpResponse<KitView> cloneKit(Authentication authentication, UUID id, @Nullable @Valid @Body CloneRequest request) {
        KitView kit = kits.cloneKit(Caller.of(authentication), id, request == null ? null : request.version(),
                request == null ? null : request.name());
        return HttpResponse.created(kit, URI.create("/api/v1/kits/" + kit.id()));
    }

    @Post("/{id}/archive")
    @Refusals.ById
    @Refusals.Changes
    @Operation(summary = "Archive published versions", description = "Archives the given version, or every published version "
            + "when none is given. Archived versions stay readable but cannot be used for new interviews.")
    KitView archive(Authentication authentication, UUID id, @Nullable @Valid @Body ArchiveRequest request) {
        return kits.archive(Caller.of(authentication), id, request == null ? null : request.version());
    }
}
