package dev.tally.hiring;

import dev.tally.common.OneOf;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Which candidates a list shows, bound from the query; every filter left out matches all. */
@Introspected
record CandidateFilter(@Nullable @QueryValue UUID openingId,
                       @Nullable @QueryValue @OneOf(CandidateStatus.class) @Schema(implementation = CandidateStatus.class) String status,
                       @Nullable @QueryValue UUID stageId,
                       @Nullable @QueryValue @Size(max = 200) String q,
                       @Nullable @QueryValue Boolean awaitingDecision) {
}
