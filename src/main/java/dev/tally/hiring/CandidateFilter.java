package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Which candidates a list shows, bound from the query; every filter left out matches all. */
@Introspected
record CandidateFilter(@Nullable @QueryValue UUID openingId,
                       @Nullable @QueryValue CandidateStatus status,
                       @Nullable @QueryValue UUID stageId,
                       @Nullable @QueryValue @Size(max = 200) String q,
                       @Nullable @QueryValue Boolean awaitingDecision) {
}
